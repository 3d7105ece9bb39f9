import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { CheckboxGroupField, InputField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { CallFormValues } from '../lib';

const callSchema = z.object({
  title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
  text: z.string().trim().min(1, 'errors.field.required').max(20000, 'errors.field.too-long'),
  deadlineDate: z.string().min(1, 'errors.field.required'),
  deadlineTime: z.string().min(1, 'errors.field.required'),
  tableIds: z.array(z.string()).min(1, 'errors.field.required').max(50, 'errors.field.too-many'),
});

const FIELDS = ['title', 'text', 'deadlineDate', 'deadlineTime', 'tableIds'] as const;
// why: the API has one instant; the form asks for a day and a wall-clock time in Europe/Rome
const ALIASES = { deadline: 'deadlineDate' };

/**
 * The plan office's form for a call: title, text, deadline (day and time in Europe/Rome) and the tables open
 * to membership. With `confirm` the call is opened only after a confirmation dialog (it is public at once).
 */
export function CallForm({
  defaultValues,
  tables,
  submitLabel,
  confirm,
  onSubmit,
  onReload,
}: {
  defaultValues: CallFormValues;
  tables: { id: string; name: string }[];
  submitLabel: string;
  confirm?: { title: string; body: string; confirmLabel: string };
  onSubmit: (values: CallFormValues) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<CallFormValues>({ resolver: zodResolver(callSchema), defaultValues });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const [asking, setAsking] = useState(false);
  const pending = useRef<{ values: CallFormValues; resolve: () => void; reject: (e: unknown) => void } | null>(null);

  const { onSubmit: submit, failure } = useProblemSubmit(
    form,
    FIELDS,
    (values) => {
      if (!confirm) return onSubmit(values);
      // why: the dialog sits between valid values and the request, so the server's field errors still land on their fields
      return new Promise<void>((resolve, reject) => {
        pending.current = { values, resolve, reject };
        setAsking(true);
      });
    },
    { aliases: ALIASES },
  );

  const settle = (go: boolean) => {
    const p = pending.current;
    pending.current = null;
    setAsking(false);
    if (!p) return;
    if (!go) p.resolve();
    else onSubmit(p.values).then(() => p.resolve(), p.reject);
  };

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={submitLabel}>
      <InputField id="call-title" label={t('calls.form.title')} required registration={register('title')} error={errors.title} />
      <TextAreaField
        id="call-text"
        label={t('calls.form.text')}
        hint={t('calls.form.textHint')}
        rows={8}
        required
        registration={register('text')}
        error={errors.text}
      />
      <div className="zonale-field-row">
        <InputField
          id="call-deadline-date"
          label={t('calls.form.deadlineDate')}
          type="date"
          required
          registration={register('deadlineDate')}
          error={errors.deadlineDate}
        />
        <InputField
          id="call-deadline-time"
          label={t('calls.form.deadlineTime')}
          type="time"
          required
          registration={register('deadlineTime')}
          error={errors.deadlineTime}
        />
      </div>
      <p className="small text-secondary">{t('calls.form.deadlineNote')}</p>
      {tables.length === 0 ? <p className="text-danger">{t('calls.form.noTables')}</p> : null}
      <CheckboxGroupField
        id="call-tables"
        legend={t('calls.form.tables')}
        hint={t('calls.form.tablesHint')}
        registration={register('tableIds')}
        error={errors.tableIds}
        options={tables.map((tb) => ({ value: tb.id, label: tb.name }))}
      />
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {isSubmitting && !asking ? t('form.saving') : submitLabel}
        </button>
      </div>
      {confirm ? (
        <ConfirmDialog
          open={asking}
          title={confirm.title}
          body={confirm.body}
          confirmLabel={confirm.confirmLabel}
          onConfirm={() => settle(true)}
          onClose={() => settle(false)}
        />
      ) : null}
    </form>
  );
}
