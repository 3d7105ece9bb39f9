import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { InputField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import { formatPercent, localeOf } from '../../../lib/format';
import { VOTES, tally } from '../lib';
import type { ApprovalCreate, Municipality, VoteChoice } from '../types';

const schema = z.object({
  assemblyDate: z.string().min(1, 'errors.field.required'),
  deliberation: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
  documentVersion: z.string().regex(/^(\d{1,6})?$/, 'errors.field.invalid-format'),
  notes: z.string().max(4000, 'errors.field.too-long'),
  votes: z.array(z.object({ istatCode: z.string(), vote: z.string().min(1, 'errors.field.required') })),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['assemblyDate', 'deliberation', 'documentVersion', 'notes', 'votes'] as const;

/**
 * The plan office records the Assemblea dei Sindaci: one select per comune (usable on a phone), a "tutti favorevoli"
 * shortcut, a live preview of the outcome by population, and a confirmation before the plan becomes approved.
 */
export function ApprovalForm({ municipalities, onSave }: { municipalities: Municipality[]; onSave: (body: ApprovalCreate) => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<Values | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      assemblyDate: '',
      deliberation: '',
      documentVersion: '',
      notes: '',
      votes: municipalities.map((m) => ({ istatCode: m.istatCode, vote: '' })),
    },
  });
  const {
    register,
    watch,
    setValue,
    formState: { errors, isSubmitting },
  } = form;
  const votes = watch('votes');
  const preview = tally(municipalities.map((m, i) => ({ population: m.population, vote: (votes[i]?.vote ?? '') as VoteChoice | '' })));
  const { onSubmit, failure } = useProblemSubmit(form, FIELDS, async (v) => {
    await onSave({
      assemblyDate: v.assemblyDate,
      deliberation: v.deliberation.trim(),
      documentVersion: v.documentVersion ? Number(v.documentVersion) : undefined,
      notes: v.notes.trim() || undefined,
      votes: v.votes.map((x) => ({ istatCode: x.istatCode, vote: x.vote as VoteChoice })),
    });
  });
  const n = (v: number) => new Intl.NumberFormat(localeOf(i18n.language)).format(v);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void form.handleSubmit((v) => setConfirming(v))(e);
      }}
      noValidate
      className="zonale-form"
      aria-label={t('approval.form.title')}
    >
      <InputField id="approval-date" type="date" label={t('approval.view.date')} required registration={register('assemblyDate')} error={errors.assemblyDate} />
      <InputField
        id="approval-deliberation"
        label={t('approval.view.deliberation')}
        hint={t('approval.form.deliberationHint')}
        required
        registration={register('deliberation')}
        error={errors.deliberation}
      />
      <InputField
        id="approval-document"
        type="number"
        inputMode="numeric"
        label={t('approval.view.documentVersion')}
        hint={t('approval.form.documentHint')}
        registration={register('documentVersion')}
        error={errors.documentVersion}
      />
      <TextAreaField id="approval-notes" label={t('approval.form.notes')} rows={2} registration={register('notes')} error={errors.notes} />
      <fieldset className="zonale-field">
        <legend className="form-label">{t('approval.form.votes')}</legend>
        <p className="zonale-actions">
          <button
            type="button"
            className="btn btn-sm btn-outline-primary"
            onClick={() => municipalities.forEach((_, i) => setValue(`votes.${i}.vote`, 'IN_FAVOUR'))}
          >
            {t('approval.form.allInFavour')}
          </button>
        </p>
        {errors.votes?.message ? <p className="zonale-field-error">{t(errors.votes.message)}</p> : null}
        <ul className="list-unstyled">
          {municipalities.map((m, i) => (
            <li key={m.istatCode} className="d-flex flex-wrap align-items-center gap-2 mb-2">
              <label htmlFor={`vote-${m.istatCode}`} className="flex-grow-1 mb-0">
                {m.name} <span className="small text-secondary">({t('approval.form.inhabitants', { count: m.population, n: n(m.population) })})</span>
              </label>
              <select
                id={`vote-${m.istatCode}`}
                className={`form-select w-auto${errors.votes?.[i]?.vote ? ' is-invalid' : ''}`}
                aria-invalid={errors.votes?.[i]?.vote ? true : undefined}
                {...register(`votes.${i}.vote`)}
              >
                <option value="">{t('approval.form.noVote')}</option>
                {VOTES.map((v) => (
                  <option key={v} value={v}>
                    {t(`approval.vote.${v}`)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </fieldset>
      <div role="status" aria-live="polite" className="mb-3">
        <p className="mb-1">
          {t('approval.form.preview', {
            favour: n(preview.population.IN_FAVOUR),
            against: n(preview.population.AGAINST),
            total: n(preview.total),
            share: formatPercent(preview.inFavourShare, i18n.language),
          })}
        </p>
        <p className="fw-semibold">
          {preview.missing
            ? t('approval.form.missing', { count: preview.missing })
            : t(preview.carried ? 'approval.view.carried' : preview.quorum ? 'approval.view.notCarried' : 'approval.form.noQuorum')}
        </p>
      </div>
      <FormProblem error={failure} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t('approval.form.save')}
        </button>
      </div>
      <ConfirmDialog
        open={!!confirming}
        title={t('approval.form.confirmTitle')}
        body={t('approval.form.confirmBody')}
        confirmLabel={t('approval.form.confirm')}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          setConfirming(null);
          onSubmit({ preventDefault: () => undefined } as never);
        }}
      />
    </form>
  );
}
