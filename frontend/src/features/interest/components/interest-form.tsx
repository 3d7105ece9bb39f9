import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import { type InterestFormValues, interestBody, remapChoicePointers } from '../lib';
import type { ExpressionOfInterest, ExpressionOfInterestUpdate } from '../types';

const interestSchema = z
  .object({
    choices: z.array(z.object({ tableId: z.string(), chosen: z.boolean(), titularParticipantId: z.string(), substituteParticipantId: z.string() })),
    runtsRegistered: z.boolean(),
    runtsNumber: z.string().max(40, 'errors.field.too-long'),
    note: z.string().max(4000, 'errors.field.too-long'),
  })
  .superRefine((v, ctx) => {
    if (!v.choices.some((c) => c.chosen)) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'interest.form.noTable' });
    v.choices.forEach((c, i) => {
      if (!c.chosen) return;
      if (!c.titularParticipantId) ctx.addIssue({ code: 'custom', path: ['choices', i, 'titularParticipantId'], message: 'errors.field.required' });
      if (c.substituteParticipantId && c.substituteParticipantId === c.titularParticipantId)
        ctx.addIssue({ code: 'custom', path: ['choices', i, 'substituteParticipantId'], message: 'interest.form.sameDelegate' });
    });
  });

/** The fields a server error may point at; a row's delegates before the whole group, which takes the rest (e.g. a table not in the call). */
function fieldsFor(rows: number): string[] {
  const delegates = Array.from({ length: rows }, (_, i) => [`choices.${i}.titularParticipantId`, `choices.${i}.substituteParticipantId`]).flat();
  return [...delegates, 'choices', 'runtsRegistered', 'runtsNumber', 'note'];
}

type Person = { id: string; fullName: string; organizationRole?: string };

/**
 * The ETS delegate's form for their organisation's expression of interest (phone first): for each table of the
 * call whether to join it and who represents the organisation there (a titular and a substitute), the RUNTS
 * declaration and a note. "Salva la bozza" keeps a draft; "Invia" saves and submits after a confirmation.
 */
export function InterestForm({
  defaultValues,
  tables,
  people,
  expression,
  lateWarning,
  onSave,
  onSend,
  onReload,
}: {
  defaultValues: InterestFormValues;
  tables: { id: string; name: string }[];
  people: Person[];
  expression?: ExpressionOfInterest;
  /** The deadline has passed: sending is still possible but flagged late. */
  lateWarning?: boolean;
  onSave: (body: ExpressionOfInterestUpdate) => Promise<unknown>;
  onSend: (body: ExpressionOfInterestUpdate) => Promise<unknown>;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<InterestFormValues>({ resolver: zodResolver(interestSchema), defaultValues });
  const {
    register,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const intent = useRef<'save' | 'send'>('save');
  const [asking, setAsking] = useState(false);
  const pending = useRef<{ body: ExpressionOfInterestUpdate; values: InterestFormValues; resolve: () => void; reject: (e: unknown) => void } | null>(null);
  const submitted = expression?.status === 'SUBMITTED';
  const choices = watch('choices');
  const runtsRegistered = watch('runtsRegistered');

  const { onSubmit: submit, failure } = useProblemSubmit(form, fieldsFor(tables.length), async (values) => {
    const body = interestBody(values, expression?.version ?? 0);
    try {
      if (intent.current === 'save') {
        await onSave(body);
        return;
      }
      // why: the dialog sits between valid values and the requests, so the server's field errors still land on their fields
      await new Promise<void>((resolve, reject) => {
        pending.current = { body, values, resolve, reject };
        setAsking(true);
      });
    } catch (e) {
      throw remapChoicePointers(e, values);
    }
  });

  const settle = (go: boolean) => {
    const p = pending.current;
    pending.current = null;
    setAsking(false);
    if (!p) return;
    if (!go) p.resolve();
    else onSend(p.body).then(() => p.resolve(), p.reject);
  };

  const options = people.map((p) => ({ value: p.id, label: p.organizationRole ? `${p.fullName} (${p.organizationRole})` : p.fullName }));
  const groupError = errors.choices?.message ?? errors.choices?.root?.message;

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={t('interest.form.label')}>
      <fieldset className="zonale-field" id="interest-tables" aria-describedby={`interest-tables-hint${groupError ? ' interest-tables-error' : ''}`}>
        <legend className="form-label">{t('interest.form.tables')}</legend>
        <p id="interest-tables-hint" className="form-text zonale-hint">
          {t('interest.form.tablesHint')}
        </p>
        {people.length === 0 ? <p className="text-danger">{t('interest.form.noPeople')}</p> : null}
        {tables.map((table, i) => {
          const chosen = choices[i]?.chosen;
          const rowErrors = errors.choices?.[i];
          return (
            <div key={table.id} className={`zonale-choice${chosen ? ' is-chosen' : ''}`} data-testid={`choice-${table.id}`}>
              <div className="form-check">
                <input className="form-check-input" type="checkbox" id={`interest-choice-${i}`} {...register(`choices.${i}.chosen`)} />
                <label className="form-check-label fw-semibold" htmlFor={`interest-choice-${i}`}>
                  {table.name}
                </label>
              </div>
              {chosen ? (
                <div className="zonale-field-row">
                  <SelectField
                    id={`interest-titular-${i}`}
                    label={t('interest.form.titular', { table: table.name })}
                    required
                    placeholder={t('form.choose')}
                    registration={register(`choices.${i}.titularParticipantId`)}
                    error={rowErrors?.titularParticipantId}
                    options={options}
                  />
                  <SelectField
                    id={`interest-substitute-${i}`}
                    label={t('interest.form.substitute', { table: table.name })}
                    placeholder={t('interest.form.noSubstitute')}
                    registration={register(`choices.${i}.substituteParticipantId`)}
                    error={rowErrors?.substituteParticipantId}
                    options={options}
                  />
                </div>
              ) : null}
            </div>
          );
        })}
        {groupError ? (
          <p id="interest-tables-error" className="zonale-field-error">
            {t(groupError)}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="zonale-field">
        <legend className="form-label">{t('interest.form.runts')}</legend>
        <div className="form-check">
          <input className="form-check-input" type="checkbox" id="interest-runts" {...register('runtsRegistered')} />
          <label className="form-check-label" htmlFor="interest-runts">
            {t('interest.form.runtsRegistered')}
          </label>
        </div>
        {runtsRegistered ? (
          <InputField id="interest-runts-number" label={t('interest.form.runtsNumber')} registration={register('runtsNumber')} error={errors.runtsNumber} />
        ) : null}
      </fieldset>
      <TextAreaField id="interest-note" label={t('interest.form.note')} rows={3} registration={register('note')} error={errors.note} />
      {lateWarning ? (
        <p className="alert alert-warning" role="note">
          {t('interest.form.lateWarning')}
        </p>
      ) : null}
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        {submitted ? null : (
          <button type="submit" className="btn btn-primary" onClick={() => (intent.current = 'send')}>
            {t('interest.form.send')}
          </button>
        )}
        <button type="submit" className="btn btn-outline-primary" onClick={() => (intent.current = 'save')}>
          {isSubmitting && !asking ? t('form.saving') : t(submitted ? 'interest.form.saveChanges' : 'interest.form.saveDraft')}
        </button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('interest.form.sendTitle')}
        body={t(lateWarning ? 'interest.form.sendBodyLate' : 'interest.form.sendBody')}
        confirmLabel={t('interest.form.sendConfirm')}
        onConfirm={() => settle(true)}
        onClose={() => settle(false)}
      />
    </form>
  );
}
