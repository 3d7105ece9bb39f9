import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { romeDateTime } from '../../../lib/format';
import { useProblemSubmit } from '../../../lib/form';
import type { SessionCreate, SessionKind, SessionMode } from '../types';

const KINDS: SessionKind[] = ['TABLE', 'PLENARY'];
const MODES: SessionMode[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

const sessionSchema = z
  .object({
    kind: z.enum(KINDS),
    tableId: z.string(),
    title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    date: z.string().min(1, 'errors.field.required'),
    startTime: z.string().min(1, 'errors.field.required'),
    endTime: z.string().min(1, 'errors.field.required'),
    mode: z.enum(MODES),
    place: z.string().max(300, 'errors.field.too-long'),
    onlineUrl: z.string().max(2000, 'errors.field.too-long'),
    capacity: z.string().regex(/^\d*$/, 'errors.field.invalid-format'),
    agenda: z.array(
      z.object({
        title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
        notes: z.string().max(2000, 'errors.field.too-long'),
      }),
    ),
  })
  .refine((v) => v.kind !== 'TABLE' || v.tableId !== '', { path: ['tableId'], message: 'errors.field.required' })
  .refine((v) => !v.startTime || !v.endTime || v.endTime > v.startTime, { path: ['endTime'], message: 'errors.field.before-start' })
  .refine((v) => v.mode === 'ONLINE' || v.place.trim() !== '', { path: ['place'], message: 'errors.field.required' })
  .refine((v) => v.mode === 'IN_PERSON' || v.onlineUrl.trim() !== '', { path: ['onlineUrl'], message: 'errors.field.required' })
  .refine((v) => !v.onlineUrl || /^https:\/\/\S+$/.test(v.onlineUrl), { path: ['onlineUrl'], message: 'errors.field.invalid-format' })
  .refine((v) => v.capacity === '' || (Number(v.capacity) >= 1 && Number(v.capacity) <= 100000), { path: ['capacity'], message: 'errors.field.out-of-range' });

export type SessionFormValues = z.infer<typeof sessionSchema>;

const FIELDS = ['kind', 'tableId', 'title', 'date', 'startTime', 'endTime', 'mode', 'place', 'onlineUrl', 'capacity', 'agenda'] as const;
// why: the API speaks of two instants; the form asks for one day and two wall-clock times in Europe/Rome
const ALIASES = { startsAt: 'startTime', endsAt: 'endTime' };

/** The request body for a session from the form's values: times become date-times with the Rome offset of that day. */
export function sessionBody(v: SessionFormValues): SessionCreate {
  return {
    kind: v.kind,
    tableId: v.kind === 'TABLE' ? v.tableId : undefined,
    title: v.title.trim(),
    startsAt: romeDateTime(v.date, v.startTime),
    endsAt: romeDateTime(v.date, v.endTime),
    mode: v.mode,
    place: v.mode === 'ONLINE' ? undefined : v.place.trim() || undefined,
    onlineUrl: v.mode === 'IN_PERSON' ? undefined : v.onlineUrl.trim() || undefined,
    capacity: v.capacity === '' ? undefined : Number(v.capacity),
    agenda: v.agenda.map((a) => ({ title: a.title.trim(), notes: a.notes.trim() || undefined })),
  };
}

/** The plan office's form for an incontro: kind and table (on creation only), day and times in Europe/Rome, place or link, agenda. */
export function SessionForm({
  defaultValues,
  tables,
  fixedKind,
  submitLabel,
  onSubmit,
  onReload,
}: {
  defaultValues: SessionFormValues;
  tables: { id: string; name: string }[];
  /** On edit the kind and the table cannot change. */
  fixedKind?: boolean;
  submitLabel: string;
  onSubmit: (values: SessionFormValues) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SessionFormValues>({ resolver: zodResolver(sessionSchema), defaultValues });
  const {
    register,
    watch,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const agenda = useFieldArray({ control, name: 'agenda' });
  const kind = watch('kind');
  const mode = watch('mode');

  const { onSubmit: submit, failure } = useProblemSubmit(
    form,
    FIELDS,
    async (values) => {
      await onSubmit(values);
    },
    { aliases: ALIASES },
  );

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={submitLabel}>
      {fixedKind ? null : (
        <div className="zonale-field-row">
          <SelectField
            id="session-kind"
            label={t('sessions.form.kind')}
            required
            registration={register('kind')}
            error={errors.kind}
            options={KINDS.map((k) => ({ value: k, label: t(`sessions.kind.${k}`) }))}
          />
          {kind === 'TABLE' ? (
            <SelectField
              id="session-table"
              label={t('sessions.form.table')}
              required
              registration={register('tableId')}
              error={errors.tableId}
              placeholder={t('form.choose')}
              options={tables.map((tb) => ({ value: tb.id, label: tb.name }))}
            />
          ) : null}
        </div>
      )}
      <InputField id="session-title" label={t('sessions.form.title')} required registration={register('title')} error={errors.title} />
      <div className="zonale-field-row zonale-field-row-3">
        <InputField id="session-date" label={t('sessions.form.date')} type="date" required registration={register('date')} error={errors.date} />
        <InputField
          id="session-start"
          label={t('sessions.form.startTime')}
          type="time"
          required
          registration={register('startTime')}
          error={errors.startTime}
        />
        <InputField id="session-end" label={t('sessions.form.endTime')} type="time" required registration={register('endTime')} error={errors.endTime} />
      </div>
      <p className="small text-secondary">{t('sessions.form.timeZoneNote')}</p>
      <SelectField
        id="session-mode"
        label={t('sessions.form.mode')}
        required
        registration={register('mode')}
        error={errors.mode}
        options={MODES.map((m) => ({ value: m, label: t(`sessions.mode.${m}`) }))}
      />
      {mode !== 'ONLINE' ? (
        <InputField id="session-place" label={t('sessions.form.place')} required registration={register('place')} error={errors.place} />
      ) : null}
      {mode !== 'IN_PERSON' ? (
        <InputField
          id="session-link"
          label={t('sessions.form.onlineUrl')}
          hint={t('sessions.form.onlineUrlHint')}
          type="url"
          inputMode="url"
          required
          registration={register('onlineUrl')}
          error={errors.onlineUrl}
        />
      ) : null}
      <InputField
        id="session-capacity"
        label={t('sessions.form.capacity')}
        hint={t('sessions.form.capacityHint')}
        type="number"
        inputMode="numeric"
        registration={register('capacity')}
        error={errors.capacity}
      />
      <fieldset className="zonale-field">
        <legend className="form-label">{t('sessions.form.agenda')}</legend>
        {agenda.fields.length === 0 ? <p className="small">{t('sessions.form.agendaEmpty')}</p> : null}
        <ol className="zonale-agenda-edit">
          {agenda.fields.map((field, index) => (
            <li key={field.id}>
              <InputField
                id={`session-agenda-${index}-title`}
                label={t('sessions.form.agendaItem', { n: index + 1 })}
                required
                registration={register(`agenda.${index}.title`)}
                error={errors.agenda?.[index]?.title}
              />
              <TextAreaField
                id={`session-agenda-${index}-notes`}
                label={t('sessions.form.agendaNotes', { n: index + 1 })}
                rows={2}
                registration={register(`agenda.${index}.notes`)}
                error={errors.agenda?.[index]?.notes}
              />
              <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => agenda.remove(index)}>
                {t('sessions.form.agendaRemove', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => agenda.append({ title: '', notes: '' })}>
          {t('sessions.form.agendaAdd')}
        </button>
      </fieldset>
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {isSubmitting ? t('form.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
