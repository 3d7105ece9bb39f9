import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessions } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { SessionDetails } from './session-details';

const online = { ...sessions[0]!, mode: 'ONLINE' as const, onlineUrl: 'https://meet.example.org/abc' };

describe('SessionDetails', () => {
  it('offers the link to join a scheduled online incontro', () => {
    renderWithProviders(<SessionDetails session={{ ...online, status: 'SCHEDULED' }} />);
    expect(screen.getByRole('link', { name: /Apri|collegamento|link/i })).toHaveAttribute('href', 'https://meet.example.org/abc');
  });

  it('offers no link to join a cancelled one', () => {
    renderWithProviders(<SessionDetails session={{ ...online, status: 'CANCELLED' }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Annullato')).toBeInTheDocument();
  });
});
