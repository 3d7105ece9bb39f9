import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';

const delegateSchema = z.object({
  fullName: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
  organizationRole: z.string().max(200, 'errors.field.too-long'),
  email: z
    .string()
    .trim()
    .min(1, 'errors.field.required')
    .max(254, 'errors.field.too-long')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'errors.field.invalid-format'),
  preferredLanguage: z.enum(['IT', 'EN']),
});

export type DelegateFormValues = z.infer<typeof delegateSchema>;

const FIELDS = ['fullName', 'organizationRole', 'email', 'preferredLanguage'] as const;

/** A person who represents the organisation at the tables: name, role in the organisation, e-mail and its language. */
export function DelegateForm({
  idPrefix,
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: {
  idPrefix: string;
  defaultValues: DelegateFormValues;
  submitLabel: string;
  onSubmit: (values: DelegateFormValues) => Promise<unknown>;
  onCancel?: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<DelegateFormValues>({ resolver: zodResolver(delegateSchema), defaultValues });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const { onSubmit: submit, failure } = useProblemSubmit(
    form,
    FIELDS,
    async (values) => {
      await onSubmit({ ...values, fullName: values.fullName.trim(), email: values.email.trim() });
    },
    { resetOnSuccess: !onCancel },
  );

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={submitLabel}>
      <InputField
        id={`${idPrefix}-name`}
        label={t('participants.delegates.fullName')}
        required
        autoComplete="name"
        registration={register('fullName')}
        error={errors.fullName}
      />
      <InputField
        id={`${idPrefix}-role`}
        label={t('participants.delegates.role')}
        hint={t('participants.delegates.roleHint')}
        registration={register('organizationRole')}
        error={errors.organizationRole}
      />
      <InputField
        id={`${idPrefix}-email`}
        label={t('participants.delegates.email')}
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        registration={register('email')}
        error={errors.email}
      />
      <SelectField
        id={`${idPrefix}-language`}
        label={t('participants.delegates.language')}
        hint={t('participants.delegates.languageHint')}
        required
        registration={register('preferredLanguage')}
        error={errors.preferredLanguage}
        options={[
          // why: each language is named in itself, so a person who reads only one of them finds it
          { value: 'IT', label: 'Italiano' },
          { value: 'EN', label: 'English' },
        ]}
      />
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary btn-sm">
          {isSubmitting ? t('form.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
