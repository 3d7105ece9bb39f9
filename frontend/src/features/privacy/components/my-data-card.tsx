import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { paths } from '../../../config/paths';
import { useDownloadMyPersonalData } from '../api/get-my-personal-data';

/** Saves a JSON document as a file the browser downloads. */
function saveJson(value: unknown, filename: string) {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** "I miei dati": the signed-in person downloads their personal-data export (art. 15 and 20 GDPR). */
export function MyDataCard() {
  const { t } = useTranslation();
  const download = useDownloadMyPersonalData();
  const [failure, setFailure] = useState<unknown>(null);

  function onDownload() {
    setFailure(null);
    download.mutate(undefined, {
      onSuccess: (data) => saveJson(data, `zonale-i-miei-dati-${data.generatedAt.slice(0, 10)}.json`),
      onError: setFailure,
    });
  }

  return (
    <section aria-labelledby="my-data-title" className="zonale-card mt-4">
      <h2 id="my-data-title" className="h4">
        {t('privacy.myData.title')}
      </h2>
      <p className="small text-secondary">{t('privacy.myData.intro')}</p>
      {failure ? <ProblemAlert error={failure} /> : null}
      <div className="zonale-actions">
        <button type="button" className="btn btn-primary" onClick={onDownload} disabled={download.isPending}>
          {download.isPending ? t('privacy.myData.downloading') : t('privacy.myData.download')}
        </button>
        <Link to={paths.privacy.href()}>{t('privacy.myData.notice')}</Link>
      </div>
    </section>
  );
}
