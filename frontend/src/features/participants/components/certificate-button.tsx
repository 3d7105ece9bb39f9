import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { downloadCertificate } from '../api/download-certificate';
import { saveFile } from '../api/export-registrations';

/** "Scarica l'attestato (PDF)" for a person marked present at a held session. */
export function CertificateButton({ sessionId, participantId, name }: { sessionId: string; participantId: string; name: string }) {
  const { t, i18n } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function download() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      saveFile(
        await downloadCertificate(sessionId, participantId, i18n.language),
        `${t('participants.certificate.fileStem')}-${name.replace(/\s+/g, '-')}.pdf`,
      );
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn btn-sm btn-link px-0" aria-disabled={busy} onClick={() => void download()}>
        {t('participants.certificate.download', { name })}
      </button>
      {failure ? <ProblemAlert error={failure} titleKey="participants.certificate.failed" /> : null}
    </>
  );
}
