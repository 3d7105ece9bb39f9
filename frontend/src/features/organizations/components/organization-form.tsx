import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { InputField, SelectField } from '../../../components/form/field';
import { FormProblem } from '../../../components/form/form-problem';
import { useProblemSubmit } from '../../../lib/form';
import type { Organization, OrganizationUpdate, RuntsSection } from '../types';
import { KindProposalNotice } from './kind-proposal-notice';

const SECTIONS: RuntsSection[] = ['ODV', 'APS', 'PHILANTHROPIC_ENTITY', 'SOCIAL_ENTERPRISE', 'ASSOCIATIVE_NETWORK', 'MUTUAL_AID_SOCIETY', 'OTHER_ETS'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const organizationSchema = z.object({
  name: z.string().trim().min(1, 'errors.field.required').max(200, 'errors.field.too-long'),
  runtsNumber: z.string().regex(/^[A-Za-z0-9/._-]{0,40}$/, 'errors.field.invalid-format'),
  runtsSection: z.string(),
  email: z
    .string()
    .max(254, 'errors.field.too-long')
    .refine((v) => v === '' || EMAIL.test(v), 'errors.field.invalid-format'),
  pec: z
    .string()
    .max(254, 'errors.field.too-long')
    .refine((v) => v === '' || EMAIL.test(v), 'errors.field.invalid-format'),
});

type OrganizationFormValues = z.infer<typeof organizationSchema>;

const FIELDS = ['name', 'runtsNumber', 'runtsSection', 'email', 'pec'] as const;

/**
 * An organisation's own profile: name, RUNTS registration and contacts. Its kind, tax code and ambiti are
 * shown but kept as they are: the plan office registered them. Once the plan office confirmed kind and RUNTS
 * section, a changed section is saved as a proposal that waits for the office.
 */
export function OrganizationForm({
  organization,
  onSubmit,
  onReload,
}: {
  organization: Organization;
  onSubmit: (body: OrganizationUpdate) => Promise<unknown>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<OrganizationFormValues>({
    resolver: zodResolver(organizationSchema),
    defaultValues: {
      name: organization.name,
      runtsNumber: organization.runtsNumber ?? '',
      runtsSection: organization.runtsSection ?? '',
      email: organization.email ?? '',
      pec: organization.pec ?? '',
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const { onSubmit: submit, failure } = useProblemSubmit(form, FIELDS, async (v) => {
    await onSubmit({
      name: v.name.trim(),
      kind: organization.kind,
      runtsNumber: v.runtsNumber || undefined,
      runtsSection: (v.runtsSection || undefined) as RuntsSection | undefined,
      email: v.email || undefined,
      pec: v.pec || undefined,
      districtIds: organization.districtIds,
      version: organization.version,
    });
  });

  return (
    <form onSubmit={submit} noValidate className="zonale-form" aria-label={t('organizations.form.save')}>
      <KindProposalNotice organization={organization} />
      <InputField id="org-name" label={t('organizations.form.name')} required autoComplete="organization" registration={register('name')} error={errors.name} />
      <div className="zonale-field-row">
        <InputField
          id="org-runts-number"
          label={t('organizations.form.runtsNumber')}
          hint={t('organizations.form.runtsNumberHint')}
          registration={register('runtsNumber')}
          error={errors.runtsNumber}
        />
        <SelectField
          id="org-runts-section"
          label={t('organizations.form.runtsSection')}
          hint={organization.kindConfirmedAt ? t('organizations.form.runtsSectionConfirmedHint') : undefined}
          registration={register('runtsSection')}
          error={errors.runtsSection}
          placeholder={t('organizations.form.noSection')}
          options={SECTIONS.map((s) => ({ value: s, label: t(`organizations.runtsSection.${s}`) }))}
        />
      </div>
      <div className="zonale-field-row">
        <InputField
          id="org-email"
          label={t('organizations.form.email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          registration={register('email')}
          error={errors.email}
        />
        <InputField id="org-pec" label={t('organizations.form.pec')} type="email" inputMode="email" registration={register('pec')} error={errors.pec} />
      </div>
      <FormProblem error={failure} onReload={onReload} />
      <div className="zonale-actions">
        <button type="submit" className="btn btn-primary">
          {isSubmitting ? t('form.saving') : t('organizations.form.save')}
        </button>
      </div>
    </form>
  );
}
