import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import type { Organization } from '../types';
import { KindProposalNotice } from './kind-proposal-notice';

const organization: Organization = {
  id: 'o1',
  name: 'Insieme APS',
  taxCode: '00000000000',
  kind: 'APS',
  runtsSection: 'APS',
  kindConfirmedAt: '2025-03-20T10:00:00Z',
  districtIds: ['d1'],
  version: 2,
  createdAt: '2025-03-20T10:00:00Z',
  updatedAt: '2025-03-21T10:00:00Z',
};

describe('KindProposalNotice', () => {
  it('says which kind waits for the plan office and which one still counts', () => {
    renderWithProviders(<KindProposalNotice organization={{ ...organization, proposedKind: 'ODV', proposedRuntsSection: 'ODV' }} />);
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Proposta in attesa di conferma');
    expect(note).toHaveTextContent('«Organizzazione di volontariato», sezione del RUNTS');
    expect(note).toHaveTextContent('resta registrato come «Associazione di promozione sociale»');
  });

  it('shows nothing when no proposal waits', () => {
    renderWithProviders(<KindProposalNotice organization={organization} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
