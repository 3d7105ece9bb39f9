import { useTranslation } from 'react-i18next';
import type { components } from '../../../lib/api/schema';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatPercent } from '../../../lib/format';

type Summary = components['schemas']['AttendanceSummary'];
type Row = components['schemas']['AttendanceRow'];

function percent(rate: number | undefined, lang: string): string {
  return rate === undefined ? '–' : formatPercent(rate, lang);
}

/** Attendance of the plan's held incontri, by table and by organisation, as two accessible tables. */
export function AttendanceSummaryTables({ summary, tableNames }: { summary: Summary; tableNames: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  if (summary.sessionsHeld === 0) return <p>{t('participants.attendanceSummary.none')}</p>;
  const table = (caption: string, rows: Row[], nameOf: (r: Row) => string) => (
    <ScrollTable>
      <table className="table table-sm">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('participants.attendanceSummary.who')}</th>
            <th scope="col">{t('participants.attendanceSummary.sessions')}</th>
            <th scope="col">{t('participants.attendanceSummary.registered')}</th>
            <th scope="col">{t('participants.attendanceSummary.attended')}</th>
            <th scope="col">{t('participants.attendanceSummary.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id ?? 'plenary'}>
              <th scope="row">{nameOf(r)}</th>
              <td>{r.sessions}</td>
              <td>{r.registered}</td>
              <td>{r.attended}</td>
              <td>{percent(r.rate, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
  return (
    <>
      <p>{t('participants.attendanceSummary.held', { count: summary.sessionsHeld })}</p>
      {table(t('participants.attendanceSummary.byTable'), summary.tables, (r) =>
        r.id ? (tableNames.get(r.id) ?? r.id) : t('participants.attendanceSummary.plenaries'),
      )}
      {table(t('participants.attendanceSummary.byOrganization'), summary.organizations, (r) => r.name ?? r.id ?? '')}
    </>
  );
}
