import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { Loading } from '../../../components/ui/loading';
import { exportRegistrations, saveFile, type ExportFormat } from '../api/export-registrations';
import { useSessionRegistrations } from '../api/get-session-registrations';
import { useRecordAttendance } from '../api/record-attendance';
import { CertificateButton } from './certificate-button';
import { RegistrationState } from './registration-state';

/**
 * The plan office's check-in list for one session, made for a phone at the door: each registered
 * person with two large buttons, present or absent; the counts; the exports; once the session is
 * held, the attendance certificate of each person present.
 */
export function AttendanceRegister({ sessionId, fileStem, held = false }: { sessionId: string; fileStem: string; held?: boolean }) {
  const { t } = useTranslation();
  const registrations = useSessionRegistrations(sessionId);
  const record = useRecordAttendance(sessionId);
  const [failure, setFailure] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  if (registrations.isPending) return <Loading />;
  if (registrations.isError) return <ProblemAlert error={registrations.error} />;
  const people = registrations.data.items.filter((r) => r.status !== 'CANCELLED').sort((a, b) => a.fullName.localeCompare(b.fullName, 'it'));
  const present = people.filter((r) => r.attended === true).length;
  const absent = people.filter((r) => r.attended === false).length;

  function mark(participantId: string, name: string, attended: boolean) {
    if (busy) return;
    setBusy(participantId);
    setFailure(null);
    record.mutate(
      { participantId, attended },
      {
        onSuccess: () => setAnnouncement(t(attended ? 'participants.attendance.markedPresent' : 'participants.attendance.markedAbsent', { name })),
        onError: setFailure,
        onSettled: () => setBusy(null),
      },
    );
  }

  async function download(format: ExportFormat) {
    setFailure(null);
    try {
      saveFile(await exportRegistrations(sessionId, format), `${fileStem}.${format.toLowerCase()}`);
    } catch (e) {
      setFailure(e);
    }
  }

  return (
    <div>
      <p className="fw-semibold" data-testid="attendance-counts">
        {t('participants.attendance.counts', { present, absent, pending: people.length - present - absent })}
      </p>
      <div role="status" aria-live="polite" data-testid="attendance-status">
        {announcement ? <p className="text-success fw-semibold">{announcement}</p> : null}
      </div>
      {failure ? <ProblemAlert error={failure} titleKey="participants.registration.failed" /> : null}
      {people.length === 0 ? <p>{t('participants.attendance.empty')}</p> : null}
      <ul className="list-unstyled zonale-manage-list" aria-label={t('participants.attendance.listLabel')}>
        {people.map((r) => (
          <li key={r.id} className="zonale-manage-item zonale-checkin">
            <div>
              <span className="fw-semibold d-block">{r.fullName}</span>
              <RegistrationState registration={r} />
              {held && r.attended === true ? <CertificateButton sessionId={sessionId} participantId={r.participantId} name={r.fullName} /> : null}
            </div>
            <div className="zonale-actions" role="group" aria-label={t('participants.attendance.groupLabel', { name: r.fullName })}>
              <button
                type="button"
                className={`btn ${r.attended === true ? 'btn-success' : 'btn-outline-success'}`}
                aria-pressed={r.attended === true}
                aria-disabled={busy !== null}
                onClick={() => mark(r.participantId, r.fullName, true)}
              >
                {t('participants.attendance.present')}
              </button>
              <button
                type="button"
                className={`btn ${r.attended === false ? 'btn-secondary' : 'btn-outline-secondary'}`}
                aria-pressed={r.attended === false}
                aria-disabled={busy !== null}
                onClick={() => mark(r.participantId, r.fullName, false)}
              >
                {t('participants.attendance.absent')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <h2 className="h5 mt-4">{t('participants.attendance.exportTitle')}</h2>
      <div className="zonale-actions">
        <button type="button" className="btn btn-outline-primary" onClick={() => void download('CSV')}>
          {t('participants.attendance.exportCsv')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={() => void download('XLSX')}>
          {t('participants.attendance.exportXlsx')}
        </button>
      </div>
    </div>
  );
}
