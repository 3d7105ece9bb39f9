import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../../components/form/confirm-dialog';
import { TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { ExpressionOfInterest, ExpressionOfInterestDecision, ExpressionOfInterestOutcome } from '../types';

const OUTCOMES: ExpressionOfInterestOutcome[] = ['ADMITTED', 'ADMITTED_CONSULTATIVE', 'REJECTED'];

const decisionSchema = z
  .object({
    outcome: z.enum(OUTCOMES, { error: 'errors.field.required' }),
    reason: z.string().max(2000, 'errors.field.too-long'),
  })
  .refine((v) => v.outcome !== 'REJECTED' || v.reason.trim() !== '', { path: ['reason'], message: 'errors.field.required' });

type DecisionValues = { outcome: ExpressionOfInterestOutcome | ''; reason: string };
const FIELDS = ['outcome', 'reason'] as const;

/** The request body of a decision: the reason only when given. */
export function decisionBody(v: { outcome: ExpressionOfInterestOutcome; reason: string }, version: number): ExpressionOfInterestDecision {
  return { outcome: v.outcome, reason: v.reason.trim() || undefined, version };
}

/**
 * The plan office decides a submitted expression of interest: admit, admit as consultative, or reject with a
 * reason. A late one can only be admitted as consultative. A decision is final, so it is confirmed first.
 */
export function DecisionForm({
  expression,
  onDecide,
  onReload,
}: {
  expression: ExpressionOfInterest;
  onDecide: (body: ExpressionOfInterestDecision) => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<DecisionValues>({
    resolver: zodResolver(decisionSchema) as never,
    defaultValues: { outcome: expression.late ? 'ADMITTED_CONSULTATIVE' : '', reason: '' },
  });
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const outcome = watch('outcome');
  const [asking, setAsking] = useState(false);
  const pending = useRef<{ body: ExpressionOfInterestDecision; resolve: () => void; reject: (e: unknown) => void } | null>(null);

  const { onSubmit, failure } = useProblemSubmit(form, FIELDS, (values) => {
    const body = decisionBody(values as { outcome: ExpressionOfInterestOutcome; reason: string }, expression.version);
    return new Promise<void>((resolve, reject) => {
      pending.current = { body, resolve, reject };
      setAsking(true);
    });
  });

  const settle = (go: boolean) => {
    const p = pending.current;
    pending.current = null;
    setAsking(false);
    if (!p) return;
    if (!go) p.resolve();
    else onDecide(p.body).then(() => p.resolve(), p.reject);
  };

  const outcomes = expression.late ? OUTCOMES.filter((o) => o !== 'ADMITTED') : OUTCOMES;
  return (
    <form onSubmit={onSubmit} noValidate className="zonale-form" aria-label={t('interest.decision.title')}>
      <fieldset className="zonale-field" aria-describedby={`decision-outcome-hint${errors.outcome ? ' decision-outcome-error' : ''}`}>
        <legend className="form-label">{t('interest.decision.outcome')}</legend>
        <p id="decision-outcome-hint" className="form-text zonale-hint">
          {t(expression.late ? 'interest.decision.lateHint' : 'interest.decision.hint')}
        </p>
        {outcomes.map((o) => (
          <div className="form-check" key={o}>
            <input className="form-check-input" type="radio" id={`decision-${o}`} value={o} {...register('outcome')} />
            <label className="form-check-label" htmlFor={`decision-${o}`}>
              {t(`interest.decision.${o}`)}
            </label>
          </div>
        ))}
        {errors.outcome?.message ? (
          <p id="decision-outcome-error" className="zonale-field-error">
            {t(errors.outcome.message)}
          </p>
        ) : null}
      </fieldset>
      {outcome === 'REJECTED' ? (
        <TextAreaField id="decision-reason" label={t('interest.decision.reason')} required rows={3} registration={register('reason')} error={errors.reason} />
      ) : null}
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {t('interest.decision.submit')}
        </button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('interest.decision.confirmTitle')}
        body={t('interest.decision.confirmBody', {
          name: expression.organizationName,
          outcome: outcome ? t(`interest.decision.${outcome}`) : '',
        })}
        confirmLabel={t('interest.decision.confirm')}
        danger={outcome === 'REJECTED'}
        onConfirm={() => settle(true)}
        onClose={() => settle(false)}
      />
    </form>
  );
}
