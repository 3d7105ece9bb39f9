import { useTranslation } from 'react-i18next';
import type { TableMember } from '../types';

/** The members of a table: each organisation with its membership (full or consultative) and its titular and substitute delegates. */
export function TableMembers({ members }: { members: TableMember[] }) {
  const { t } = useTranslation();
  if (members.length === 0) return <p>{t('tables.members.empty')}</p>;
  return (
    <ul className="list-unstyled zonale-manage-list" data-testid="table-members">
      {members.map((m) => (
        <li key={m.organizationId} className="zonale-manage-item">
          <span className="fw-semibold d-block">{m.organizationName}</span>
          <span className={`badge ${m.status === 'FULL' ? 'bg-primary' : 'zonale-badge-consultative'}`}>{t(`tables.members.status.${m.status}`)}</span>
          <span className="small d-block">
            {t('tables.members.titular', { name: m.titularName })}
            {m.substituteName ? ` · ${t('tables.members.substitute', { name: m.substituteName })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
