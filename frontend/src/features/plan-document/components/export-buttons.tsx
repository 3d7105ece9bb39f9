import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/errors/problem-alert';
import { downloadExport, useExportJob, useRequestExport } from '../api/document';
import { formatPercent } from '../../../lib/format';
import { fileSize, isRunning } from '../lib';
import type { DocumentExportFormat } from '../types';

function ExportProgress({ exportId, format, number }: { exportId: string; format: DocumentExportFormat; number: number }) {
  const { t, i18n } = useTranslation();
  const job = useExportJob(exportId);
  const [failure, setFailure] = useState<unknown>(null);
  if (job.isError) return <ProblemAlert error={job.error} />;
  const data = job.data;
  const percent = data?.percent ?? 0;
  const save = async () => {
    try {
      const { blob, fileName } = await downloadExport(exportId);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName ?? `piano-di-zona-v${number}.${format.toLowerCase()}`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <div className="mb-2">
      <div aria-live="polite" className="small">
        {data?.status === 'DONE'
          ? t('planDocument.export.done', { format, size: fileSize(data.size, i18n.language) })
          : data?.status === 'FAILED'
            ? t('planDocument.export.failed', { format, context: format })
            : t('planDocument.export.running', {
                format,
                percent: formatPercent(percent / 100, i18n.language),
                phase: t(`planDocument.export.phase.${data?.phase ?? 'QUEUED'}`),
              })}
      </div>
      {isRunning(data) || !data ? (
        <div className="progress" style={{ height: '0.6rem' }}>
          <div
            className="progress-bar"
            role="progressbar"
            aria-label={t('planDocument.export.progress', { format, context: format })}
            aria-valuenow={percent}
            aria-valuemin={0}
            aria-valuemax={100}
            style={{ width: `${percent}%` }}
          />
        </div>
      ) : null}
      {data?.status === 'DONE' ? (
        <button type="button" className="btn btn-sm btn-outline-primary mt-1" onClick={() => void save()}>
          {t('planDocument.export.download', { format, context: format })}
        </button>
      ) : null}
      {failure ? <ProblemAlert error={failure} /> : null}
    </div>
  );
}

const FORMATS = ['PDF', 'DOCX', 'ODT'] as const;

/** "PDF", "DOCX" and "ODT" buttons: each starts (or finds) an export job of the version and follows its progress. */
export function ExportButtons({ planId, number }: { planId: string; number: number }) {
  const { t } = useTranslation();
  const request = useRequestExport(planId, number);
  const [jobs, setJobs] = useState<Partial<Record<DocumentExportFormat, string>>>({});
  const start = async (format: DocumentExportFormat) => {
    const job = await request.mutateAsync(format);
    setJobs((j) => ({ ...j, [format]: job.id }));
  };
  return (
    <section aria-labelledby="export-title" className="mb-4">
      <h2 id="export-title" className="h5">
        {t('planDocument.export.title')}
      </h2>
      <div className="d-flex flex-wrap gap-2 mb-2">
        {FORMATS.map((f) => (
          <button key={f} type="button" className="btn btn-outline-primary" disabled={request.isPending} onClick={() => void start(f).catch(() => undefined)}>
            {t('planDocument.export.start', { format: f, context: f })}
          </button>
        ))}
      </div>
      <p className="small text-secondary mb-2">{t('planDocument.export.odtHint')}</p>
      {request.isError ? <ProblemAlert error={request.error} /> : null}
      {FORMATS.map((f) => {
        const id = jobs[f];
        return id ? <ExportProgress key={`${f}-${id}`} exportId={id} format={f} number={number} /> : null;
      })}
    </section>
  );
}
