import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../../lib/api/problem';
import { renderWithProviders } from '../../../testing/render';
import { builderValues, definitionOf, type BuilderValues } from '../lib';
import { SurveyBuilder } from './survey-builder';

const tables = [{ id: 't1', name: 'Anziani, persone disabili e non autosufficienti' }];
const policyAreas = [
  { id: 'a1', name: 'Cura e salute (domiciliarità)' },
  { id: 'a3', name: 'Politiche abitative' },
];

function values(): BuilderValues {
  return builderValues({
    title: 'Scheda di rilevazione',
    definition: {
      sections: [
        {
          key: 'profilo',
          title: 'Profilo dell’ente',
          questions: [
            { key: 'referente', type: 'SHORT_TEXT', title: 'Referente', required: true },
            { key: 'volontari', type: 'NUMBER', title: 'Volontari', required: false, unit: 'volontari' },
          ],
        },
      ],
    },
  });
}

function renderBuilder(onSave = vi.fn().mockResolvedValue(undefined), locked = false) {
  renderWithProviders(
    <SurveyBuilder defaultValues={values()} locked={locked} showDeadline={false} tables={tables} policyAreas={policyAreas} onSave={onSave} />,
  );
  return onSave;
}

/** Types by pasting: per-key typing is slow on a loaded machine and tests nothing more here. */
async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}

const saved = (onSave: ReturnType<typeof vi.fn>) => definitionOf(onSave.mock.calls[0]![0] as BuilderValues);

describe('SurveyBuilder', { timeout: 30_000 }, () => {
  it('adds a matrix question with its columns and rows, tied to a table and a policy area', async () => {
    const onSave = renderBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi una domanda' }));
    const question = screen.getByTestId('question-0-2');
    await fill(within(question).getByLabelText(/^Testo della domanda/), 'Livello di bisogno per area');
    await userEvent.selectOptions(within(question).getByLabelText(/^Tipo di domanda/), 'MATRIX');
    await userEvent.selectOptions(within(question).getByLabelText('Tavolo'), 't1');
    // why: the matrix gets two valued columns and a row at once
    await fill(within(question).getByLabelText(/^Opzione 1/), 'Basso');
    await fill(within(question).getByLabelText(/^Opzione 2/), 'Alto');
    await fill(within(question).getByLabelText(/^Riga 1/), 'Politiche abitative');
    await userEvent.selectOptions(within(screen.getByTestId('s0q2-row-0')).getByLabelText('Area di policy'), 'a3');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const q = saved(onSave).sections[0]!.questions[2]!;
    expect(q).toMatchObject({
      key: 'domanda_1',
      type: 'MATRIX',
      title: 'Livello di bisogno per area',
      tableId: 't1',
      options: [
        { key: 'opzione_1', label: 'Basso', value: 1 },
        { key: 'opzione_2', label: 'Alto', value: 2 },
      ],
      rows: [{ key: 'riga_1', label: 'Politiche abitative', policyAreaId: 'a3' }],
      unit: undefined,
    });
  });

  it('refuses a choice question with fewer than two options before sending', async () => {
    const onSave = renderBuilder();
    const question = screen.getByTestId('question-0-0');
    await userEvent.selectOptions(within(question).getByLabelText(/^Tipo di domanda/), 'SINGLE_CHOICE');
    await userEvent.click(within(screen.getByTestId('s0q0-option-1')).getByRole('button', { name: 'Elimina l’opzione 2' }));
    await fill(within(question).getByLabelText(/^Opzione 1/), 'ODV');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Servono almeno 2 opzioni.')).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('moves a question down and deletes one only after confirming', async () => {
    const onSave = renderBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Sposta giù «Referente»' }));
    await userEvent.click(within(screen.getByTestId('question-0-0')).getByRole('button', { name: 'Elimina la domanda' }));
    const dialog = screen.getByRole('dialog', { name: 'Eliminare la domanda?' });
    expect(within(dialog).getByText(/«Volontari» sarà tolta/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Elimina' }));
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(saved(onSave).sections[0]!.questions.map((q) => q.key)).toEqual(['referente']);
  });

  it('shows the server’s errors on the field its pointer names', async () => {
    const onSave = vi.fn().mockRejectedValue(
      new ApiProblem({
        type: 'urn:zonale:problem:invalid-input',
        title: 'Invalid',
        status: 400,
        errors: [{ pointer: '/definition/sections/0/questions/1/key', detail: 'is the key of another section or question', code: 'not-allowed' }],
      }),
    );
    renderBuilder(onSave);
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const key = within(screen.getByTestId('question-0-1')).getByLabelText(/^Chiave/);
    expect(await screen.findByText('Questo valore non è ammesso qui.')).toBeInTheDocument();
    expect(key).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks to reload when someone else saved first', async () => {
    const onSave = vi
      .fn()
      .mockRejectedValue(new ApiProblem({ type: 'urn:zonale:problem:stale-version', title: 'Conflict', status: 409, detail: 'changed by someone else' }));
    const onReload = vi.fn();
    renderWithProviders(
      <SurveyBuilder
        defaultValues={values()}
        locked={false}
        showDeadline={false}
        tables={tables}
        policyAreas={policyAreas}
        onSave={onSave}
        onReload={onReload}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Qualcun altro ha salvato prima di te')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Carica la versione aggiornata' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('locks the questions of a published survey', () => {
    renderBuilder(vi.fn(), true);
    expect(screen.getByText(/le domande non si modificano più/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aggiungi una sezione' })).toBeDisabled();
    expect(within(screen.getByTestId('question-0-0')).getByLabelText(/^Testo della domanda/)).toBeDisabled();
    expect(document.getElementById('survey-title')).not.toBeDisabled();
  });
});
