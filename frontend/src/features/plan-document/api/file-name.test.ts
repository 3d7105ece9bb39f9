import { describe, expect, it } from 'vitest';
import { fileNameOf } from './document';

describe('fileNameOf', () => {
  it('prefers the RFC 6266 filename* and falls back to filename', () => {
    expect(
      fileNameOf(
        `attachment; filename="piano-di-zona-oglio-po-2021-2023-v3-approvato.pdf"; filename*=UTF-8''piano-di-zona-oglio-po-2021-2023-v3-approvato.pdf`,
      ),
    ).toBe('piano-di-zona-oglio-po-2021-2023-v3-approvato.pdf');
    expect(fileNameOf(`attachment; filename="a_b.pdf"; filename*=UTF-8''a%C3%A8b.pdf`)).toBe('aèb.pdf');
    expect(fileNameOf('attachment; filename="piano.docx"')).toBe('piano.docx');
    expect(fileNameOf(null)).toBeUndefined();
  });
});
