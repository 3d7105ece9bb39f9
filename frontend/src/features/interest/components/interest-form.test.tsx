import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../../lib/api/problem';
import { renderWithProviders } from '../../../testing/render';
import { interestFormValues } from '../lib';
import { InterestForm } from './interest-form';

const tables = [
  { id: 't1', name: 'Anziani, persone disabili e non autosufficienti' },
  { id: 't2', name: 'Minori, giovani e famiglie' },
];
const people = [
  { id: 'pa1', fullName: 'Giulia Ferrari', organizationRole: 'presidente' },
  { id: 'pa2', fullName: 'Marco Bianchi' },
];

function renderForm(onSave = vi.fn(async () => undefined), onSend = vi.fn(async () => undefined)) {
  renderWithProviders(<InterestForm defaultValues={interestFormValues(['t1', 't2'])} tables={tables} people={people} onSave={onSave} onSend={onSend} />);
  return { onSave, onSend };
}

describe('InterestForm', () => {
  it('asks for at least one table, a titular per chosen table and a substitute who is someone else', async () => {
    const { onSave } = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    expect(await screen.findByText('Scegli almeno un tavolo.')).toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('Minori, giovani e famiglie'));
    await userEvent.selectOptions(screen.getByLabelText(/Sostituto per «Minori/), 'Marco Bianchi');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    expect(await screen.findByLabelText(/Titolare per «Minori/)).toHaveAccessibleDescription('Campo obbligatorio.');

    await userEvent.selectOptions(screen.getByLabelText(/Titolare per «Minori/), 'Marco Bianchi');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    expect(await screen.findByText('Il sostituto deve essere una persona diversa dal titolare.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends after a confirmation, with the chosen tables, delegates and RUNTS number', async () => {
    const { onSend, onSave } = renderForm();
    await userEvent.click(screen.getByLabelText('Anziani, persone disabili e non autosufficienti'));
    await userEvent.selectOptions(screen.getByLabelText(/Titolare per «Anziani/), 'Giulia Ferrari (presidente)');
    await userEvent.selectOptions(screen.getByLabelText(/Sostituto per «Anziani/), 'Marco Bianchi');
    await userEvent.click(screen.getByLabelText(/iscritta al Registro unico/));
    await userEvent.type(screen.getByLabelText('Numero di iscrizione al RUNTS'), '43210');
    await userEvent.click(screen.getByRole('button', { name: 'Invia la manifestazione d’interesse' }));

    const dialog = await screen.findByRole('dialog', { name: 'Inviare la manifestazione d’interesse?' });
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sì, invia' }));
    expect(onSend).toHaveBeenCalledWith({
      tableChoices: [{ tableId: 't1', titularParticipantId: 'pa1', substituteParticipantId: 'pa2' }],
      runtsRegistered: true,
      runtsNumber: '43210',
      note: undefined,
      version: 0,
    });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('puts the server’s error on the chosen table’s row', async () => {
    const onSave = vi.fn(async () => {
      throw new ApiProblem({
        type: 'urn:zonale:problem:invalid-input',
        title: 'Bad',
        status: 400,
        errors: [{ pointer: '/tableChoices/0/titularParticipantId', detail: 'gone', code: 'unknown-reference' }],
      });
    });
    renderForm(onSave);
    await userEvent.click(screen.getByLabelText('Minori, giovani e famiglie'));
    await userEvent.selectOptions(screen.getByLabelText(/Titolare per «Minori/), 'Marco Bianchi');
    await userEvent.click(screen.getByRole('button', { name: 'Salva la bozza' }));
    expect(await screen.findByText('L’elemento scelto non esiste più: ricarica la pagina.')).toBeInTheDocument();
    const titular = screen.getByLabelText(/Titolare per «Minori/);
    expect(titular).toHaveAttribute('aria-invalid', 'true');
    expect(titular).toHaveFocus();
  });
});
