import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../../lib/format';
import { deadlineCountdown } from '../lib';
import type { Call } from '../types';

/** The deadline in Europe/Rome ("venerdì 10 settembre 2021, ore 23:59") and how long is left ("scade tra 3 giorni"), or that it has passed. */
export function CallDeadline({ call, now }: { call: Pick<Call, 'deadline'>; now?: number }) {
  const { t, i18n } = useTranslation();
  const countdown = deadlineCountdown(call.deadline, now);
  const when = t('calls.deadline.at', { date: formatDate(call.deadline, i18n.language), time: formatTime(call.deadline, i18n.language) });
  return (
    <span className="zonale-deadline">
      <time dateTime={call.deadline}>{when}</time>{' '}
      {countdown ? (
        <span className="fw-semibold">· {t(`calls.deadline.in.${countdown.unit}`, { count: countdown.count })}</span>
      ) : (
        <span className="fw-semibold">· {t('calls.deadline.passed')}</span>
      )}
    </span>
  );
}
