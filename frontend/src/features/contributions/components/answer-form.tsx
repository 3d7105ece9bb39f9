import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import { useAnswerContribution } from '../api/update-contribution';
import type { Contribution, ContributionOutcome } from '../types';

export const OUTCOMES: ContributionOutcome[] = ['ACCEPTED', 'TAKEN_INTO_ACCOUNT', 'NOT_PERTINENT'];
export const MAX_REASONING = 4000;

const answerSchema = z.object({
  outcome: z.enum(['ACCEPTED', 'TAKEN_INTO_ACCOUNT', 'NOT_PERTINENT'], { message: 'errors.field.required' }),
  reasoning: z.string().trim().min(1, 'errors.field.required').max(MAX_REASONING, 'errors.field.too-long'),
});

type AnswerValues = z.infer<typeof answerSchema>;
const FIELDS = ['outcome', 'reasoning'] as const;

/**
 * The plan office answers a submitted istanza (or corrects its answer): an outcome and the reasoning, both public.
 * A newer version of the istanza (saved, or reloaded after a 409) resets the fields to what is stored.
 */
export function AnswerForm({ contribution, onReload }: { contribution: Contribution; onReload: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerContribution(contribution.id);
  const [notice, setNotice] = useState('');
  const form = useForm<AnswerValues>({
    resolver: zodResolver(answerSchema),
    defaultValues: { outcome: contribution.outcome, reasoning: contribution.reasoning ?? '' },
  });
  const {
    register,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  // why: after a save or a reload (409) the form starts again from what is stored; the notice stays
  useEffect(() => {
    reset({ outcome: contribution.outcome, reasoning: contribution.reasoning ?? '' });
  }, [contribution.version, contribution.outcome, contribution.reasoning, reset]);
  const { onSubmit, failure } = useProblemSubmit(form, FIELDS, async (v) => {
    setNotice('');
    await answer.mutateAsync({ outcome: v.outcome, reasoning: v.reasoning.trim(), version: contribution.version });
    setNotice(t('contributions.answer.saved'));
  });
  const correcting = contribution.status === 'ANSWERED';

  return (
    <form onSubmit={onSubmit} noValidate className="zonale-form" aria-label={t(correcting ? 'contributions.answer.correct' : 'contributions.answer.title')}>
      <fieldset className="zonale-field" aria-describedby={errors.outcome?.message ? 'answer-outcome-error' : undefined}>
        <legend className="form-label">
          {t('contributions.answer.outcome')}
          <span className="zonale-required"> {t('form.requiredMark')}</span>
        </legend>
        {OUTCOMES.map((o) => (
          <div className="form-check" key={o}>
            <input className="form-check-input" type="radio" id={`answer-outcome-${o}`} value={o} {...register('outcome')} />
            <label className="form-check-label" htmlFor={`answer-outcome-${o}`}>
              {t(`contributions.outcome.${o}`)}
            </label>
          </div>
        ))}
        {errors.outcome?.message ? (
          <p id="answer-outcome-error" className="zonale-field-error">
            {t(errors.outcome.message)}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="answer-reasoning"
        label={t('contributions.answer.reasoning')}
        hint={t('contributions.answer.reasoningHint')}
        required
        rows={5}
        registration={register('reasoning')}
        error={errors.reasoning}
      />
      <FormProblem error={failure} onReload={onReload} />
      <div role="status" aria-live="polite">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.saving') : t(correcting ? 'contributions.answer.saveCorrection' : 'contributions.answer.save')}
        </button>
      </div>
    </form>
  );
}
