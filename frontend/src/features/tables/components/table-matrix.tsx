import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { TableMatrix as Matrix } from '../types';

/** The table × policy-area matrix as an accessible data table that scrolls sideways on a phone. */
export function TableMatrix({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  if (matrix.rows.length === 0) return <p className="text-secondary">{t('tables.matrix.empty')}</p>;
  return (
    <>
      <p className="small text-secondary d-md-none" id="matrix-hint">
        {t('tables.matrix.scrollHint')}
      </p>
      <div className="table-responsive zonale-matrix" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="table table-bordered align-middle mb-0">
          <caption id="matrix-caption">{t('tables.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tables.matrix.table')}</th>
              {matrix.policyAreas.map((area) => (
                <th scope="col" key={area.id} className="text-center">
                  {area.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.tableId}>
                <th scope="row">
                  <Link to={paths.table.href(row.tableId)}>{row.tableName}</Link>
                  <span className="d-block small fw-normal text-secondary">{t(`tables.level.${row.level}`)}</span>
                </th>
                {matrix.policyAreas.map((area, i) => {
                  const on = row.cells[i] === true;
                  return (
                    <td key={area.id} className="text-center">
                      <span aria-hidden="true" className={on ? 'zonale-check' : 'zonale-dash'}>
                        {on ? '✓' : '–'}
                      </span>
                      <span className="visually-hidden">{on ? t('tables.matrix.yes') : t('tables.matrix.no')}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
