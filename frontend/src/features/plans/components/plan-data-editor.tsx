import { useTranslation } from 'react-i18next';
import { useUpdatePlan } from '../api/update-plan';
import type { Plan, PolicyArea } from '../types';
import { PlanForm } from './plan-form';

/** The plan's title, description, years and policy areas, saved with its version; `onNotice` hears the save. */
export function PlanDataEditor({
  plan,
  policyAreas,
  onNotice,
  onReload,
}: {
  plan: Plan;
  policyAreas: PolicyArea[];
  onNotice: (text: string) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdatePlan(plan.id);
  return (
    <PlanForm
      // why: a new version (saved here, or reloaded after a 409) resets the form to what is stored
      key={plan.version}
      defaultValues={{
        districtId: plan.districtId,
        title: plan.title,
        description: plan.description ?? '',
        startYear: plan.startYear,
        endYear: plan.endYear,
        policyAreaIds: plan.policyAreaIds,
      }}
      policyAreas={policyAreas}
      submitLabel={t('form.save')}
      onSubmit={async (v) => {
        await update.mutateAsync({
          title: v.title.trim(),
          description: v.description || undefined,
          startYear: v.startYear,
          endYear: v.endYear,
          policyAreaIds: v.policyAreaIds,
          version: plan.version,
        });
        onNotice(t('plans.manage.saved'));
      }}
      onReload={onReload}
    />
  );
}
