import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import { AttachmentsPanel } from './attachments-panel';

const attachment = {
  id: 'a1000000-0000-4000-8000-000000000001',
  contributionId: 'f1',
  filename: 'Proposta_domiciliarita.pdf',
  mediaType: 'application/pdf',
  size: 2048,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2026-11-23T10:00:00+01:00',
};

describe('AttachmentsPanel', () => {
  it('lists the annexes of a draft with kind and size, and removes one after a confirmation', async () => {
    const stub = stubApi(
      { '/api/v1/contributions/{contributionId}/attachments': { items: [attachment], limit: 100, offset: 0, total: 1 } },
      { 'DELETE /api/v1/contributions/{contributionId}/attachments/{attachmentId}': null },
    );
    renderWithProviders(<AttachmentsPanel contributionId="f1" editable />);
    expect(await screen.findByRole('button', { name: /^Proposta_domiciliarita\.pdf/ })).toHaveTextContent('Proposta_domiciliarita.pdf (PDF, 2 kB)');
    expect(screen.getByText('PDF, ODT o DOCX, al massimo 10 MB; fino a 5 allegati.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Rimuovi «Proposta_domiciliarita.pdf»' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Sì, rimuovi' }));
    expect(await screen.findByText('Documento «Proposta_domiciliarita.pdf» rimosso.')).toBeInTheDocument();
    expect(stub.mock.calls.some(([r]) => (r as Request).method === 'DELETE')).toBe(true);
  });

  it('offers no upload and no removal once the istanza is submitted', async () => {
    stubApi({ '/api/v1/contributions/{contributionId}/attachments': { items: [attachment], limit: 100, offset: 0, total: 1 } });
    renderWithProviders(<AttachmentsPanel contributionId="f1" editable={false} />);
    expect(await screen.findByRole('button', { name: /^Proposta_domiciliarita\.pdf/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Documento da allegare')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Rimuovi/ })).not.toBeInTheDocument();
  });
});
