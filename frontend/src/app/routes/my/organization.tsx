import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import type { Account } from '../../../features/account/types';
import { useDistricts } from '../../../features/districts/api/get-districts';
import { getOrganizationQueryOptions, useOrganization } from '../../../features/organizations/api/get-organization';
import { useUpdateOrganization } from '../../../features/organizations/api/update-organization';
import { OrganizationForm } from '../../../features/organizations/components/organization-form';
import { DelegateEditor } from '../../../features/participants/components/delegate-editor';
import { useAuthUser } from '../../../lib/auth';
import { RequireRole } from '../../require-role';

/** The signed-in user's organisation: its profile (RUNTS, contacts) and its delegates to the tables. Phone first. */
export default function MyOrganizationRoute() {
  return <RequireRole roles={['consortium', 'asst', 'ets', 'comune']}>{(account) => <MyOrganization account={account} />}</RequireRole>;
}

function MyOrganization({ account }: { account: Account }) {
  const { t } = useTranslation();
  const user = useAuthUser();
  const queryClient = useQueryClient();
  const organization = useOrganization(account.organizationId);
  const districts = useDistricts();
  const update = useUpdateOrganization(account.organizationId);
  const [notice, setNotice] = useState('');

  return (
    <>
      <p className="text-uppercase small fw-semibold text-secondary mb-1">{t('organizations.page.kicker')}</p>
      <h1>{account.organizationName}</h1>
      <div role="status" aria-live="polite" data-testid="organization-status">
        {notice ? <p className="text-success fw-semibold">{notice}</p> : null}
      </div>
      <section aria-labelledby="org-profile-title" className="zonale-card mb-4">
        <h2 id="org-profile-title" className="h4">
          {t('organizations.page.profile')}
        </h2>
        {organization.isPending ? <Loading /> : null}
        {organization.isError ? <ProblemAlert error={organization.error} /> : null}
        {organization.data ? (
          <>
            <dl className="zonale-dl">
              <dt>{t('organizations.page.taxCode')}</dt>
              <dd>{organization.data.taxCode}</dd>
              <dt>{t('organizations.page.kind')}</dt>
              <dd>{t(`organizations.kind.${organization.data.kind}`)}</dd>
              <dt>{t('organizations.page.districts')}</dt>
              <dd>{organization.data.districtIds.map((id) => districts.data?.items.find((d) => d.id === id)?.name ?? id).join(', ')}</dd>
            </dl>
            <p className="small text-secondary">{t('organizations.page.districtsHint')}</p>
            <OrganizationForm
              key={organization.data.version}
              organization={organization.data}
              onSubmit={async (body) => {
                await update.mutateAsync(body);
                setNotice(t('organizations.form.saved'));
              }}
              onReload={() => void queryClient.invalidateQueries({ queryKey: getOrganizationQueryOptions(account.organizationId).queryKey })}
            />
          </>
        ) : null}
      </section>
      <section aria-labelledby="org-delegates-title" className="zonale-card mb-4">
        <h2 id="org-delegates-title" className="h4">
          {t('participants.delegates.title')}
        </h2>
        <p className="small text-secondary">{t('participants.delegates.intro')}</p>
        {user ? <DelegateEditor organizationId={account.organizationId} userId={user.profile.sub} /> : null}
      </section>
    </>
  );
}
