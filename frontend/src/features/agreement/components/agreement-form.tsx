import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField, TextAreaField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { SignatoryOption } from '../api/get-signatory-options';
import type { AgreementFormValues } from '../lib';

const agreementSchema = z
  .object({
    title: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
    deliberationReference: z.string().max(200, 'errors.field.too-long'),
    summary: z.string().max(20000, 'errors.field.too-long'),
    signedOn: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    signatories: z.array(
      z.object({
        who: z.string().min(1, 'errors.field.required'),
        signedOn: z.string(),
        signatoryName: z.string().max(200, 'errors.field.too-long'),
        signatoryRole: z.string().max(200, 'errors.field.too-long'),
      }),
    ),
  })
  .refine((v) => !v.validFrom || !v.validTo || v.validTo >= v.validFrom, { path: ['validTo'], message: 'errors.field.before-start' })
  .refine((v) => new Set(v.signatories.map((s) => s.who)).size === v.signatories.length, { path: ['signatories'], message: 'agreement.form.duplicate' });

const FIELDS = ['title', 'deliberationReference', 'summary', 'signedOn', 'validFrom', 'validTo', 'signatories'] as const;

/**
 * The plan office's form for the accordo: its data and the list of signatories (public bodies and comuni of the ambito).
 * With `textFrozen` (the accordo is signed, or the plan approved) its title, deliberation and summary are shown, not
 * edited, and saved as they are: only signatories and dates may still be completed.
 */
export function AgreementForm({
  defaultValues,
  bodies,
  comuni,
  onSubmit,
  onReload,
  textFrozen = false,
}: {
  defaultValues: AgreementFormValues;
  bodies: SignatoryOption[];
  comuni: SignatoryOption[];
  onSubmit: (values: AgreementFormValues) => Promise<unknown>;
  onReload?: () => void;
  textFrozen?: boolean;
}) {
  const { t } = useTranslation();
  const form = useForm<AgreementFormValues>({ resolver: zodResolver(agreementSchema), defaultValues });
  const {
    register,
    control,
    getValues,
    formState: { errors, isSubmitting },
  } = form;
  const signatories = useFieldArray({ control, name: 'signatories' });
  const { onSubmit: submit, failure } = useProblemSubmit(form, FIELDS, onSubmit);
  const options = [...bodies, ...comuni.map((c) => ({ ...c, label: t('agreement.form.comuneOf', { name: c.label }) }))];
  const signatoriesError = errors.signatories?.message ?? errors.signatories?.root?.message;

  function addAllComuni() {
    const present = new Set(getValues('signatories').map((s) => s.who));
    const date = getValues('signedOn');
    comuni
      .filter((c) => !present.has(c.value))
      .forEach((c) =>
        signatories.append({ who: c.value, signedOn: date, signatoryName: '', signatoryRole: t('agreement.form.mayor') }, { shouldFocus: false }),
      );
  }

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={t('agreement.form.title')}>
      {textFrozen ? (
        <>
          <p className="small text-secondary">{t('agreement.form.textFrozen')}</p>
          <dl className="zonale-dl">
            <dt>{t('agreement.form.name')}</dt>
            <dd>{defaultValues.title}</dd>
            <dt>{t('agreement.form.reference')}</dt>
            <dd>{defaultValues.deliberationReference || t('agreement.view.none')}</dd>
            <dt>{t('agreement.form.summary')}</dt>
            <dd className="zonale-prewrap">{defaultValues.summary || t('agreement.view.none')}</dd>
          </dl>
        </>
      ) : (
        <>
          <InputField id="agreement-title" label={t('agreement.form.name')} required registration={register('title')} error={errors.title} />
          <InputField
            id="agreement-reference"
            label={t('agreement.form.reference')}
            hint={t('agreement.form.referenceHint')}
            registration={register('deliberationReference')}
            error={errors.deliberationReference}
          />
        </>
      )}
      <div className="zonale-field-row zonale-field-row-3">
        <InputField id="agreement-signed-on" label={t('agreement.form.signedOn')} type="date" registration={register('signedOn')} error={errors.signedOn} />
        <InputField id="agreement-valid-from" label={t('agreement.form.validFrom')} type="date" registration={register('validFrom')} error={errors.validFrom} />
        <InputField id="agreement-valid-to" label={t('agreement.form.validTo')} type="date" registration={register('validTo')} error={errors.validTo} />
      </div>
      {textFrozen ? null : (
        <TextAreaField id="agreement-summary" label={t('agreement.form.summary')} rows={6} registration={register('summary')} error={errors.summary} />
      )}
      <fieldset className="mt-3" aria-describedby={signatoriesError ? 'signatories-error' : undefined}>
        <legend className="h5">{t('agreement.form.signatories')}</legend>
        {signatoriesError ? (
          <p id="signatories-error" className="zonale-field-error">
            {t(signatoriesError)}
          </p>
        ) : null}
        {signatories.fields.length === 0 ? <p className="small text-secondary">{t('agreement.form.noSignatories')}</p> : null}
        <ol className="list-unstyled">
          {signatories.fields.map((field, i) => (
            <li key={field.id} className="zonale-card mb-2">
              <div className="zonale-field-row">
                <SelectField
                  id={`signatory-${i}-who`}
                  label={t('agreement.form.who', { n: i + 1 })}
                  required
                  placeholder={t('form.choose')}
                  options={options}
                  registration={register(`signatories.${i}.who`)}
                  error={errors.signatories?.[i]?.who}
                />
                <InputField
                  id={`signatory-${i}-signed-on`}
                  label={t('agreement.form.signatorySignedOn')}
                  type="date"
                  registration={register(`signatories.${i}.signedOn`)}
                  error={errors.signatories?.[i]?.signedOn}
                />
              </div>
              <div className="zonale-field-row">
                <InputField
                  id={`signatory-${i}-name`}
                  label={t('agreement.form.signatoryName')}
                  registration={register(`signatories.${i}.signatoryName`)}
                  error={errors.signatories?.[i]?.signatoryName}
                />
                <InputField
                  id={`signatory-${i}-role`}
                  label={t('agreement.form.signatoryRole')}
                  registration={register(`signatories.${i}.signatoryRole`)}
                  error={errors.signatories?.[i]?.signatoryRole}
                />
              </div>
              <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => signatories.remove(i)}>
                {t('agreement.form.remove', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <div className="zonale-actions">
          <button
            type="button"
            className="btn btn-sm btn-outline-primary"
            onClick={() => signatories.append({ who: '', signedOn: getValues('signedOn'), signatoryName: '', signatoryRole: '' })}
          >
            {t('agreement.form.add')}
          </button>
          {comuni.length > 0 ? (
            <button type="button" className="btn btn-sm btn-outline-primary" onClick={addAllComuni}>
              {t('agreement.form.addComuni', { count: comuni.length })}
            </button>
          ) : null}
        </div>
      </fieldset>
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary" aria-disabled={isSubmitting}>
          {t('agreement.form.save')}
        </button>
      </div>
    </form>
  );
}
