import { useTranslation } from 'react-i18next';
import { isCallOpen } from '../lib';
import type { Call } from '../types';

/** "Aperto" or "Chiuso" as a badge. */
export function CallStatusBadge({ call, now }: { call: Pick<Call, 'status' | 'deadline'>; now?: number }) {
  const { t } = useTranslation();
  const open = isCallOpen(call, now);
  return <span className={`badge ${open ? 'bg-success' : 'bg-secondary'}`}>{t(open ? 'calls.status.OPEN' : 'calls.status.CLOSED')}</span>;
}
