import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { TableMatrix } from '../types';

/** The plan office's list of a plan's tavoli: each one's page and its edit link. */
export function TableManageList({ rows }: { rows: TableMatrix['rows'] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p>{t('tables.matrix.empty')}</p>;
  return (
    <ul className="list-unstyled zonale-manage-list">
      {rows.map((row) => (
        <li key={row.tableId} className="zonale-manage-item zonale-manage-row">
          <Link to={paths.table.href(row.tableId)} className="fw-semibold">
            {row.tableName}
          </Link>
          <Link to={paths.tableEdit.href(row.tableId)} className="btn btn-outline-primary btn-sm">
            {t('form.editNamed', { name: row.tableName })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
