import { useTranslation } from 'react-i18next';
import type { Organization } from '../types';

/**
 * A change of kind or RUNTS section the organisation proposed and a plan office has not yet decided on: the
 * registers keep counting the confirmed kind, so the delegate must see that the change is not yet in force.
 */
export function KindProposalNotice({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  if (!organization.proposedKind) return null;
  const section = organization.proposedRuntsSection
    ? t('organizations.proposal.section', { section: t(`organizations.runtsSection.${organization.proposedRuntsSection}`) })
    : '';
  return (
    <div className="alert alert-info" role="note" data-testid="kind-proposal">
      <p className="fw-semibold mb-1">{t('organizations.proposal.title')}</p>
      <p className="mb-0">
        {t('organizations.proposal.body', {
          kind: t(`organizations.kind.${organization.proposedKind}`),
          section,
          current: t(`organizations.kind.${organization.kind}`),
        })}
      </p>
    </div>
  );
}
