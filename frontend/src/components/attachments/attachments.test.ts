import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api/problem';
import { documentTypeOf, formatSize } from '../../lib/documents';
import { checkFile, uploadErrorKey } from './attachments';

const file = (name: string, type: string, size = 100) => new File([new Uint8Array(size)], name, { type });

describe('attachment checks before upload', () => {
  it('takes PDF, ODT and DOCX by type or, when the phone gives none, by extension', () => {
    expect(documentTypeOf(file('proposta.pdf', 'application/pdf'))).toBe('application/pdf');
    expect(documentTypeOf(file('Proposta.ODT', ''))).toBe('application/vnd.oasis.opendocument.text');
    expect(documentTypeOf(file('nota.txt', 'text/plain'))).toBeNull();
  });

  it('refuses other types, empty files and files over 10 MB', () => {
    expect(checkFile(file('foto.jpg', 'image/jpeg'))).toBe('attachments.wrongType');
    expect(checkFile(file('vuoto.pdf', 'application/pdf', 0))).toBe('attachments.emptyFile');
    expect(checkFile(file('grande.pdf', 'application/pdf', 10 * 1024 * 1024 + 1))).toBe('attachments.tooLarge');
    expect(checkFile(file('ok.docx', ''))).toBeNull();
  });

  it('says the server’s refusal of the file under the field, other problems as usual', () => {
    const problem = (slug: string, status: number) => new ApiProblem({ type: `urn:zonale:problem:${slug}`, title: slug, status });
    expect(uploadErrorKey(problem('attachment-type-mismatch', 415))).toBe('attachments.wrongType');
    expect(uploadErrorKey(problem('attachment-too-large', 413))).toBe('attachments.tooLarge');
    expect(uploadErrorKey(problem('too-many-attachments', 422))).toBe('attachments.tooMany');
  });

  it('writes sizes in kB or MB, in the reader’s language', () => {
    expect(formatSize(1_258_291, 'it')).toBe('1,2 MB');
    expect(formatSize(100, 'en')).toBe('1 kB');
  });
});
