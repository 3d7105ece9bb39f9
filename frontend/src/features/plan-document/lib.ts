import type { DocumentChapter, DocumentExport } from './types';

/** Splits a text into paragraphs at blank lines, as the PDF and the DOCX do. */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The anchor of a chapter in the page: its number and key, safe for an id. */
export function chapterAnchor(index: number, chapter: Pick<DocumentChapter, 'key'>): string {
  return `cap-${index + 1}-${chapter.key.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** The text marker of a diff line, so a change is told by more than its colour. */
export function diffMarker(change: 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED'): string {
  return change === 'ADDED' ? '+' : change === 'REMOVED' ? '−' : ' ';
}

/** Whether an export job is still working (the page keeps polling). */
export function isRunning(job: Pick<DocumentExport, 'status'> | undefined): boolean {
  return job?.status === 'QUEUED' || job?.status === 'RUNNING';
}

/** The first 12 hex digits of a hash, for lists; the full hash is shown where it matters. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/** A byte count as KB or MB, Italian or English decimals. */
export function fileSize(bytes: number | undefined, language: string): string {
  if (bytes === undefined) return '';
  const fmt = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${fmt.format(bytes / (1024 * 1024))} MB` : `${fmt.format(Math.max(1, bytes / 1024))} KB`;
}
