import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { romeDay } from '../../../lib/format';
import type { Session } from '../types';
import { MonthGrid } from './month-grid';
import { SessionList } from './session-list';

type TableOption = { id: string; name: string };
type Props = { sessions: Session[]; tables: TableOption[]; now?: Date };

function initialMonth(sessions: Session[], now: Date): string {
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const upcoming = sorted.find((s) => new Date(s.startsAt) >= now) ?? sorted[0];
  return romeDay(upcoming ? upcoming.startsAt : now.toISOString()).slice(0, 7);
}

/** The calendar of a plan's sessions: a table filter and a list or month view. */
export function SessionCalendar({ sessions, tables, now = new Date() }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const [tableId, setTableId] = useState('');
  const [view, setView] = useState<'list' | 'month'>('list');
  const visible = tableId ? sessions.filter((s) => s.tableId === tableId) : sessions;
  const [month, setMonth] = useState(() => initialMonth(sessions, now));
  return (
    <div>
      <div className="row g-3 align-items-end mb-3">
        <div className="col-12 col-md-7">
          <div className="select-wrapper zonale-filter">
            <label htmlFor={selectId}>{t('sessions.calendar.filterLabel')}</label>
            <select
              id={selectId}
              value={tableId}
              onChange={(e) => {
                setTableId(e.target.value);
                const next = e.target.value ? sessions.filter((s) => s.tableId === e.target.value) : sessions;
                setMonth(initialMonth(next, now));
              }}
            >
              <option value="">{t('sessions.calendar.allTables')}</option>
              {tables.map((table) => (
                <option key={table.id} value={table.id}>
                  {table.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="col-12 col-md-5 text-md-end">
          <div role="group" aria-label={t('sessions.calendar.view')} className="zonale-toggle">
            {(['list', 'month'] as const).map((v) => (
              <button key={v} type="button" className="zonale-toggle-button" aria-pressed={view === v} onClick={() => setView(v)}>
                {t(v === 'list' ? 'sessions.calendar.viewList' : 'sessions.calendar.viewMonth')}
              </button>
            ))}
          </div>
        </div>
      </div>
      <p className="small text-secondary" aria-live="polite">
        {t('sessions.calendar.count', { count: visible.length })}
      </p>
      {visible.length === 0 ? (
        <p>{t('sessions.calendar.empty')}</p>
      ) : view === 'list' ? (
        <SessionList sessions={visible} />
      ) : (
        <MonthGrid sessions={visible} month={month} onMonthChange={setMonth} />
      )}
    </div>
  );
}
