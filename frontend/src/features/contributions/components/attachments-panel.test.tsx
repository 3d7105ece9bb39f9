import { describe, expect, it } from 'vitest';
import { documentTypeOf } from '../api/contribution-attachments';
import { checkFile } from './attachments-panel';

const file = (name: string, type: string, size = 100) => new File([new Uint8Array(size)], name, { type });

describe('attachment checks before upload', () => {
  it('takes PDF, ODT and DOCX by type or, when the phone gives none, by extension', () => {
    expect(documentTypeOf(file('proposta.pdf', 'application/pdf'))).toBe('application/pdf');
    expect(documentTypeOf(file('Proposta.ODT', ''))).toBe('application/vnd.oasis.opendocument.text');
    expect(documentTypeOf(file('nota.txt', 'text/plain'))).toBeNull();
  });

  it('refuses other types, empty files and files over 10 MB', () => {
    expect(checkFile(file('foto.jpg', 'image/jpeg'))).toBe('contributions.attachments.wrongType');
    expect(checkFile(file('vuoto.pdf', 'application/pdf', 0))).toBe('contributions.attachments.empty');
    expect(checkFile(file('grande.pdf', 'application/pdf', 10 * 1024 * 1024 + 1))).toBe('contributions.attachments.tooLarge');
    expect(checkFile(file('ok.docx', ''))).toBeNull();
  });
});
