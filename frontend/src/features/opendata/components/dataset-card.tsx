import { useTranslation } from 'react-i18next';
import type { components } from '../../../lib/api/schema';
import { useDatasetPreview } from '../api/get-dataset-preview';

type DatasetInfo = components['schemas']['DatasetInfo'];

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** One open dataset: title, description, licence, last update, a preview of its first rows and its downloads. */
export function DatasetCard({ dataset }: { dataset: DatasetInfo }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const preview = useDatasetPreview(dataset.key, dataset.districtId, dataset.planId);
  const title = en ? dataset.titleEn : dataset.titleIt;
  const lastModified = preview.data?.lastModified
    ? new Date(preview.data.lastModified).toLocaleDateString(en ? 'en-GB' : 'it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long' })
    : null;
  const headingId = `dataset-${dataset.key}`;
  return (
    <section className="card card-bg mb-4" aria-labelledby={headingId}>
      <div className="card-body">
        <h3 id={headingId} className="card-title h5">
          {title}
        </h3>
        <p className="card-text">{en ? dataset.descriptionEn : dataset.descriptionIt}</p>
        <dl className="row small mb-2">
          <dt className="col-sm-3">{t('opendata.card.license')}</dt>
          <dd className="col-sm-9">
            <a href={dataset.license}>{dataset.license === CC_BY_4 ? 'CC BY 4.0' : dataset.license}</a>
          </dd>
          <dt className="col-sm-3">{t('opendata.card.lastUpdate')}</dt>
          <dd className="col-sm-9">{lastModified ?? '—'}</dd>
        </dl>
        <div className="d-flex flex-wrap gap-2 mb-3">
          {dataset.distributions.map((d) => (
            <a key={d.format} className="btn btn-outline-primary btn-sm" href={d.url} download>
              {t('opendata.card.download', { format: d.format })}
            </a>
          ))}
        </div>
        {preview.isPending ? (
          <p className="small text-secondary">{t('opendata.card.loading')}</p>
        ) : preview.isError ? (
          <p className="small text-secondary">{t('opendata.card.previewError')}</p>
        ) : preview.data.rows.length === 0 ? (
          <p className="small text-secondary">{t('opendata.card.empty')}</p>
        ) : (
          <div className="table-responsive">
            <table className="table table-sm small">
              <caption>{t('opendata.card.preview', { title, count: preview.data.rows.length })}</caption>
              <thead>
                <tr>
                  {dataset.columns.map((c) => (
                    <th key={c.name} scope="col">
                      {en ? c.titleEn : c.titleIt}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.data.rows.map((row, i) => (
                  <tr key={i}>
                    {dataset.columns.map((c) => (
                      <td key={c.name}>{cell(row[c.name])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
