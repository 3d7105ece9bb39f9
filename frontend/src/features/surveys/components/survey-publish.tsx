import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { InputField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import { romeDateTime } from '../../../lib/format';

const schema = z.object({ deadlineDate: z.string().min(1, 'errors.field.required'), deadlineTime: z.string().min(1, 'errors.field.required') });
type Values = z.infer<typeof schema>;

/** Publishes a draft with a deadline (a day and a time in Europe/Rome), after a confirmation: the questions then lock. */
export function SurveyPublish({
  defaultValues,
  onPublish,
  onReload,
}: {
  defaultValues: Values;
  onPublish: (deadline: string) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues });
  const [asking, setAsking] = useState(false);
  const pending = useRef<{ values: Values; resolve: () => void; reject: (e: unknown) => void } | null>(null);
  const { onSubmit, failure } = useProblemSubmit(
    form,
    ['deadlineDate', 'deadlineTime'],
    (values) =>
      new Promise<void>((resolve, reject) => {
        pending.current = { values, resolve, reject };
        setAsking(true);
      }),
    { aliases: { deadline: 'deadlineDate' } },
  );
  const settle = (go: boolean) => {
    const p = pending.current;
    pending.current = null;
    setAsking(false);
    if (!p) return;
    if (!go) p.resolve();
    else onPublish(romeDateTime(p.values.deadlineDate, p.values.deadlineTime)).then(() => p.resolve(), p.reject);
  };
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="zonale-form" aria-label={t('surveys.publish.title')}>
      <div className="zonale-field-row">
        <InputField
          id="publish-date"
          label={t('surveys.publish.deadlineDate')}
          type="date"
          required
          registration={form.register('deadlineDate')}
          error={errors.deadlineDate}
        />
        <InputField
          id="publish-time"
          label={t('surveys.publish.deadlineTime')}
          type="time"
          required
          registration={form.register('deadlineTime')}
          error={errors.deadlineTime}
        />
      </div>
      <FormProblem error={failure} onReload={onReload} />
      <button type="submit" className="btn btn-primary">
        {t('surveys.publish.button')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('surveys.publish.confirmTitle')}
        body={t('surveys.publish.confirmBody')}
        confirmLabel={t('surveys.publish.button')}
        onConfirm={() => settle(true)}
        onClose={() => settle(false)}
      />
    </form>
  );
}
