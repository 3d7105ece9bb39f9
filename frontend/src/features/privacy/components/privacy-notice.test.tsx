import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import { MyDataCard } from './my-data-card';
import { PrivacyNotice } from './privacy-notice';

describe('privacy notice', () => {
  it('lists the art. 13 parts for the controller to complete, with the retention policy', () => {
    renderWithProviders(<PrivacyNotice />);
    expect(screen.getByRole('heading', { level: 1, name: 'Informativa sul trattamento dei dati personali' })).toBeInTheDocument();
    for (const name of [
      '1. Titolare del trattamento',
      '2. Responsabile della protezione dei dati (RPD/DPO)',
      '3. Finalità e base giuridica',
      '6. Per quanto tempo',
      '7. I tuoi diritti',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/art\. 6, par\. 1, lett\. e/)).toBeInTheDocument();
    expect(screen.getByText('registro delle operazioni (audit): 10 anni, poi cancellato;')).toBeInTheDocument();
    expect(screen.getByText(/\[denominazione dell’ente capofila/)).toBeInTheDocument();
  });
});

describe('my data', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the personal-data export as a JSON file', async () => {
    const stub = stubApi({
      '/api/v1/me/personal-data': {
        generatedAt: '2026-12-07T20:00:00Z',
        account: { userId: 'u1', username: 'ermenegilda', roles: ['ets'], districtIds: [] },
        participants: [],
        auditEntries: [],
        auditEntriesTruncated: false,
        mails: [],
      },
    });
    const created = vi.fn(() => 'blob:zonale');
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithProviders(<MyDataCard />);
    await userEvent.click(screen.getByRole('button', { name: 'Scarica i miei dati' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(stub).toHaveBeenCalledTimes(1);
    expect(created).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Leggi l’informativa privacy' })).toHaveAttribute('href', '/informativa-privacy');
  });
});
