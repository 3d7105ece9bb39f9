import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { parseAmount } from '../../../lib/format';
import { CheckboxGroupField, InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import { OBJECTIVE_STATUSES, findingsText, linesOf, parseFindings } from '../lib';
import type { Objective, ObjectiveCreate } from '../types';

type Option = { value: string; label: string };

const schema = z
  .object({
    policyAreaId: z.string().min(1, 'errors.field.required'),
    tableId: z.string(),
    title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    description: z.string().max(10000, 'errors.field.too-long'),
    actions: z.string().refine((v) => linesOf(v).length <= 30, 'errors.field.too-many'),
    actors: z.string().max(2000, 'errors.field.too-long'),
    resources: z.string().refine((v) => v.trim() === '' || parseAmount(v) !== null, 'errors.field.invalid-format'),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(['PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DROPPED']),
    contributionIds: z.array(z.string()).max(50, 'errors.field.too-many'),
    findings: z.string().refine((v) => parseFindings(v).bad.length === 0, 'errors.field.invalid-format'),
  })
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, { path: ['endDate'], message: 'errors.field.before-start' });

export type ObjectiveValues = z.infer<typeof schema>;
const FIELDS = [
  'policyAreaId',
  'tableId',
  'title',
  'description',
  'actions',
  'actors',
  'resources',
  'startDate',
  'endDate',
  'status',
  'contributionIds',
  'findings',
] as const;

export function valuesOf(o?: Objective): ObjectiveValues {
  return {
    policyAreaId: o?.policyAreaId ?? '',
    tableId: o?.tableId ?? '',
    title: o?.title ?? '',
    description: o?.description ?? '',
    actions: (o?.actions ?? []).join('\n'),
    actors: o?.actors ?? '',
    resources: o?.resources?.amount ?? '',
    startDate: o?.startDate ?? '',
    endDate: o?.endDate ?? '',
    status: o?.status ?? 'PLANNED',
    contributionIds: (o?.contributions ?? []).map((c) => c.contributionId),
    findings: findingsText((o?.findings ?? []).map((f) => ({ surveyId: f.surveyId, questionKey: f.questionKey, rowKey: f.rowKey ?? undefined }))),
  };
}

/** The request body from the form's values: blank fields are left out, one action per line. */
export function bodyOf(v: ObjectiveValues): ObjectiveCreate & { status: Objective['status'] } {
  return {
    policyAreaId: v.policyAreaId,
    tableId: v.tableId || undefined,
    title: v.title.trim(),
    description: v.description.trim() || undefined,
    actions: linesOf(v.actions),
    actors: v.actors.trim() || undefined,
    resources: v.resources.trim() ? { amount: parseAmount(v.resources) ?? v.resources, currency: 'EUR' } : undefined,
    startDate: v.startDate || undefined,
    endDate: v.endDate || undefined,
    status: v.status,
    contributionIds: v.contributionIds,
    findings: parseFindings(v.findings).findings,
  };
}

/**
 * The plan office writes or edits an objective: policy area and table of the plan, actions (one per line),
 * resources in euro, timeline, status and what it answers (istanze of the plan, survey questions).
 */
export function ObjectiveForm({
  objective,
  policyAreas,
  tables,
  contributions,
  onSave,
  onReload,
}: {
  objective?: Objective;
  policyAreas: Option[];
  tables: Option[];
  contributions: Option[];
  onSave: (values: ObjectiveValues) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ObjectiveValues>({ resolver: zodResolver(schema), defaultValues: valuesOf(objective) });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const { onSubmit, failure } = useProblemSubmit(form, FIELDS, onSave);
  return (
    <form onSubmit={onSubmit} noValidate className="zonale-form" aria-label={t(objective ? 'objectives.form.edit' : 'objectives.form.new')}>
      <SelectField
        id="objective-area"
        label={t('objectives.form.policyArea')}
        required
        placeholder=""
        options={policyAreas}
        registration={register('policyAreaId')}
        error={errors.policyAreaId}
      />
      <SelectField
        id="objective-table"
        label={t('objectives.form.table')}
        placeholder={t('objectives.form.noTable')}
        options={tables}
        registration={register('tableId')}
        error={errors.tableId}
      />
      <InputField id="objective-title" label={t('objectives.form.title')} required registration={register('title')} error={errors.title} />
      <TextAreaField id="objective-description" label={t('objectives.form.description')} registration={register('description')} error={errors.description} />
      <TextAreaField
        id="objective-actions"
        label={t('objectives.form.actions')}
        hint={t('objectives.form.actionsHint')}
        registration={register('actions')}
        error={errors.actions}
      />
      <TextAreaField id="objective-actors" label={t('objectives.form.actors')} rows={2} registration={register('actors')} error={errors.actors} />
      <InputField
        id="objective-resources"
        label={t('objectives.form.resources')}
        hint={t('objectives.form.resourcesHint')}
        inputMode="text"
        registration={register('resources')}
        error={errors.resources}
      />
      <div className="row">
        <div className="col-12 col-md-6">
          <InputField id="objective-start" type="date" label={t('objectives.form.startDate')} registration={register('startDate')} error={errors.startDate} />
        </div>
        <div className="col-12 col-md-6">
          <InputField id="objective-end" type="date" label={t('objectives.form.endDate')} registration={register('endDate')} error={errors.endDate} />
        </div>
      </div>
      <SelectField
        id="objective-status"
        label={t('objectives.form.status')}
        options={OBJECTIVE_STATUSES.map((s) => ({ value: s, label: t(`objectives.status.${s}`) }))}
        registration={register('status')}
        error={errors.status}
      />
      {contributions.length ? (
        <CheckboxGroupField
          id="objective-contributions"
          legend={t('objectives.form.contributions')}
          hint={t('objectives.form.contributionsHint')}
          options={contributions}
          registration={register('contributionIds')}
          error={errors.contributionIds}
        />
      ) : (
        <p className="small">{t('objectives.form.noContributions')}</p>
      )}
      <TextAreaField
        id="objective-findings"
        label={t('objectives.form.findings')}
        hint={t('objectives.form.findingsHint')}
        rows={3}
        registration={register('findings')}
        error={errors.findings}
      />
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('objectives.form.save')}
        </button>
      </div>
    </form>
  );
}
