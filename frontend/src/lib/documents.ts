/** The media types the API accepts for an attachment, by file extension (a phone may give an .odt no type at all). */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[keyof typeof DOCUMENT_TYPES];

/** The largest attachment the API takes (10 MB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** What a file input offers: the extensions and the media types. */
export const DOCUMENT_ACCEPT = ['.pdf', '.odt', '.docx', ...Object.values(DOCUMENT_TYPES)].join(',');

const SHORT: Record<string, string> = { [DOCUMENT_TYPES.pdf]: 'PDF', [DOCUMENT_TYPES.odt]: 'ODT', [DOCUMENT_TYPES.docx]: 'DOCX' };

/** The media type to declare for a file: the browser's when it is one we accept, else the one of its extension; null when neither. */
export function documentTypeOf(file: { name: string; type: string }): DocumentType | null {
  const accepted: string[] = Object.values(DOCUMENT_TYPES);
  if (accepted.includes(file.type)) return file.type as DocumentType;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return (DOCUMENT_TYPES as Record<string, DocumentType>)[extension] ?? null;
}

/** The short name of a document's media type ("PDF"). */
export function documentKind(mediaType: string): string {
  return SHORT[mediaType] ?? mediaType;
}

/** A size in kB or MB, e.g. "1,2 MB". */
export function formatSize(bytes: number, lang: string): string {
  const fmt = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${fmt.format(bytes / (1024 * 1024))} MB` : `${fmt.format(Math.max(1, bytes / 1024))} kB`;
}

/**
 * What an openapi-fetch upload sends for a document: its bytes as the body (openapi-fetch would JSON-encode an
 * object; an ArrayBuffer is sent as is), its media type as Content-Type.
 */
export async function rawDocument(file: File) {
  const bytes = await file.arrayBuffer();
  return {
    body: bytes as unknown as string,
    bodySerializer: (b: unknown) => b as ArrayBuffer,
    headers: { 'Content-Type': documentTypeOf(file) ?? file.type },
  };
}
