import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CheckboxGroupField, InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { Contribution, ContributionCreate } from '../types';

export const MAX_TITLE = 200;
export const MAX_TEXT = 10000;

const contributionSchema = z.object({
  title: z.string().trim().min(1, 'errors.field.required').max(MAX_TITLE, 'errors.field.too-long'),
  text: z.string().trim().min(1, 'errors.field.required').max(MAX_TEXT, 'errors.field.too-long'),
  tableId: z.string(),
  sessionId: z.string(),
  policyAreaIds: z.array(z.string()),
});

export type ContributionFormValues = z.infer<typeof contributionSchema>;

const FIELDS = ['title', 'text', 'tableId', 'sessionId', 'policyAreaIds'] as const;

type Option = { value: string; label: string };

/** The body the API takes from the form: empty choices are left out. */
export function toContributionBody(v: ContributionFormValues): ContributionCreate {
  return {
    title: v.title.trim(),
    text: v.text.trim(),
    tableId: v.tableId || undefined,
    sessionId: v.sessionId || undefined,
    policyAreaIds: v.policyAreaIds,
  };
}

/**
 * An istanza's title, text and what it is about (a table, the incontro where it was raised, policy areas of the plan),
 * phone first: one column, native selects. Saving keeps it a draft; sending it is a separate step.
 */
export function ContributionForm({
  contribution,
  tables,
  sessions,
  policyAreas,
  onSubmit,
  onReload,
}: {
  contribution?: Contribution;
  tables: Option[];
  sessions: Option[];
  policyAreas: Option[];
  onSubmit: (body: ContributionCreate) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ContributionFormValues>({
    resolver: zodResolver(contributionSchema),
    defaultValues: {
      title: contribution?.title ?? '',
      text: contribution?.text ?? '',
      tableId: contribution?.tableId ?? '',
      sessionId: contribution?.sessionId ?? '',
      policyAreaIds: contribution?.policyAreaIds ?? [],
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const { onSubmit: submit, failure } = useProblemSubmit(form, FIELDS, (v) => onSubmit(toContributionBody(v)));

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={t('contributions.form.label')}>
      <InputField id="contribution-title" label={t('contributions.form.title')} required registration={register('title')} error={errors.title} />
      <TextAreaField
        id="contribution-text"
        label={t('contributions.form.text')}
        hint={t('contributions.form.textHint')}
        required
        rows={8}
        registration={register('text')}
        error={errors.text}
      />
      {tables.length ? (
        <SelectField
          id="contribution-table"
          label={t('contributions.form.table')}
          placeholder={t('contributions.form.none')}
          options={tables}
          registration={register('tableId')}
          error={errors.tableId}
        />
      ) : null}
      {sessions.length ? (
        <SelectField
          id="contribution-session"
          label={t('contributions.form.session')}
          hint={t('contributions.form.sessionHint')}
          placeholder={t('contributions.form.none')}
          options={sessions}
          registration={register('sessionId')}
          error={errors.sessionId}
        />
      ) : null}
      {policyAreas.length ? (
        <CheckboxGroupField
          id="contribution-areas"
          legend={t('contributions.form.policyAreas')}
          options={policyAreas}
          registration={register('policyAreaIds')}
          error={errors.policyAreaIds}
        />
      ) : null}
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('contributions.form.saveDraft')}
        </button>
      </div>
    </form>
  );
}
