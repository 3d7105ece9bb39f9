import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import { CallAttachmentsEditor } from './call-attachments-editor';
import { CallDeadline } from './call-deadline';

const attachment = {
  id: 'a1',
  callId: 'c1',
  filename: 'Invito_Terzo_settore.pdf',
  mediaType: 'application/pdf',
  size: 1_258_291,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2021-08-01T10:00:00+02:00',
};

describe('CallAttachmentsEditor', () => {
  it('lists the documents with kind and size, as download links', async () => {
    stubApi({ '/api/v1/calls/{callId}/attachments': { items: [attachment], limit: 100, offset: 0, total: 1 } });
    renderWithProviders(<CallAttachmentsEditor callId="c1" />);
    const link = await screen.findByRole('link', { name: /Invito_Terzo_settore\.pdf/ });
    expect(link).toHaveTextContent('Invito_Terzo_settore.pdf (PDF, 1,2 MB)');
    expect(link).toHaveAttribute('href', 'http://localhost:8080/api/v1/calls/c1/attachments/a1');
    expect(screen.getByText('PDF, ODT o DOCX, al massimo 10 MB.')).toBeInTheDocument();
  });

  it('refuses another kind of file before sending it, and says the server’s problem under the field', async () => {
    const stub = stubApi(
      { '/api/v1/calls/{callId}/attachments': { items: [], limit: 100, offset: 0, total: 0 } },
      {
        'POST /api/v1/calls/{callId}/attachments': {
          problem: { type: 'urn:zonale:problem:attachment-type-mismatch', title: 'Unsupported', status: 415 },
        },
      },
    );
    renderWithProviders(<CallAttachmentsEditor callId="c1" />);
    const input = await screen.findByLabelText('Documento da allegare');

    await userEvent.upload(input, new File(['x'], 'foto.png', { type: 'image/png' }), { applyAccept: false });
    await userEvent.click(screen.getByRole('button', { name: 'Allega il documento' }));
    expect(await screen.findByText('Il file non è un PDF, ODT o DOCX valido: il contenuto non corrisponde al tipo.')).toBeInTheDocument();
    expect(stub.mock.calls.some(([r]) => (r as Request).method === 'POST')).toBe(false);

    await userEvent.upload(input, new File(['not a pdf'], 'invito.pdf', { type: 'application/pdf' }));
    await userEvent.click(screen.getByRole('button', { name: 'Allega il documento' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Il file non è un PDF, ODT o DOCX valido');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const post = stub.mock.calls.map(([r]) => r as Request).find((r) => r.method === 'POST')!;
    expect(new URL(post.url).searchParams.get('filename')).toBe('invito.pdf');
    expect(post.headers.get('Content-Type')).toBe('application/pdf');
  });
});

describe('CallDeadline', () => {
  it('shows the deadline in Europe/Rome and how long is left', () => {
    const now = Date.parse('2021-09-07T10:00:00+02:00');
    renderWithProviders(<CallDeadline call={{ deadline: '2021-09-10T21:59:00Z' }} now={now} />);
    expect(screen.getByText('venerdì 10 settembre 2021, ore 23:59')).toBeInTheDocument();
    expect(screen.getByText('· scade tra 3 giorni')).toBeInTheDocument();
  });

  it('says when it has passed', () => {
    renderWithProviders(
      <p data-testid="d">
        <CallDeadline call={{ deadline: '2021-09-10T21:59:00Z' }} now={Date.parse('2021-09-11T00:00:00+02:00')} />
      </p>,
    );
    expect(within(screen.getByTestId('d')).getByText('· scaduto')).toBeInTheDocument();
  });
});
