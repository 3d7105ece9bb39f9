import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import type { Municipality } from '../types';
import { ApprovalForm } from './approval-form';

const comuni: Municipality[] = [
  { istatCode: '019021', name: 'Casalmaggiore', provinceCode: 'CR', population: 15000 },
  { istatCode: '019074', name: 'Piadena Drizzona', provinceCode: 'CR', population: 4000 },
];

describe('ApprovalForm', () => {
  it('fills every comune in favour, previews the outcome and asks before recording', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<ApprovalForm municipalities={comuni} onSave={onSave} />);
    const user = userEvent.setup();
    expect(screen.getByText('Manca il voto di 2 comuni.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Data della seduta/), '2022-04-28');
    await user.type(screen.getByLabelText(/Deliberazione/), 'Deliberazione n. 3');
    await user.click(screen.getByRole('button', { name: 'Tutti favorevoli' }));
    await user.selectOptions(screen.getByLabelText(/Piadena Drizzona/), 'AGAINST');
    expect(screen.getByText('Piano approvato')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Registra l’approvazione' }));
    expect(await screen.findByText('Registrare l’approvazione?')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Registra' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      assemblyDate: '2022-04-28',
      deliberation: 'Deliberazione n. 3',
      votes: [
        { istatCode: '019021', vote: 'IN_FAVOUR' },
        { istatCode: '019074', vote: 'AGAINST' },
      ],
    });
  }, 30000);
});
