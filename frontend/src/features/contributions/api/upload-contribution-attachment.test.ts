import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { uploadContributionAttachment } from './upload-contribution-attachment';

describe('uploadContributionAttachment', () => {
  it('sends the raw file with its document type and name, not JSON', async () => {
    const stub = stubApi(
      {},
      {
        'POST /api/v1/contributions/{contributionId}/attachments': {
          id: 'a1000000-0000-4000-8000-000000000001',
          contributionId: 'f1000000-0000-4000-8000-000000000001',
          filename: 'Proposta è.odt',
          mediaType: 'application/vnd.oasis.opendocument.text',
          size: 4,
          sha256: '0'.repeat(64),
          uploadedAt: '2026-11-23T10:00:00+01:00',
        },
      },
    );
    // why: a phone may give an .odt no type at all; the extension decides
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'Proposta è.odt', { type: '' });
    await uploadContributionAttachment({ contributionId: 'f1000000-0000-4000-8000-000000000001', file });

    const request = stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'POST')!;
    expect(request.headers.get('Content-Type')).toBe('application/vnd.oasis.opendocument.text');
    expect(new URL(request.url).searchParams.get('filename')).toBe('Proposta è.odt');
    expect(new Uint8Array(await request.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4]));
  });
});
