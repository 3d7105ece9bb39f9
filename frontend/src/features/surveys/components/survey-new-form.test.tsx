import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { SurveyNewForm, surveyCreateBody, type SurveyNewValues } from './survey-new-form';

const plans = [{ id: 'p2021', title: 'Piano di Zona 2021-2023' }];
const sources = [{ id: 's2021', title: 'Scheda di rilevazione dei bisogni 2021' }];

describe('SurveyNewForm', { timeout: 30_000 }, () => {
  it('creates a blank survey, or a copy once a previous plan’s survey is chosen', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const onPlanChange = vi.fn();
    renderWithProviders(<SurveyNewForm plans={plans} sources={sources} onPlanChange={onPlanChange} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByLabelText(/^Titolo/));
    await userEvent.paste(' Scheda 2024 ');
    await userEvent.click(screen.getByLabelText('Copia da un piano precedente'));
    await userEvent.click(screen.getByRole('button', { name: 'Crea la bozza' }));
    expect(await screen.findByText('Campo obbligatorio.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.selectOptions(screen.getByLabelText('Piano precedente'), 'p2021');
    expect(onPlanChange).toHaveBeenCalledWith('p2021');
    await userEvent.selectOptions(screen.getByLabelText(/^Questionario da copiare/), 's2021');
    await userEvent.click(screen.getByRole('button', { name: 'Crea la bozza' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(surveyCreateBody(onSubmit.mock.calls[0]![0] as SurveyNewValues)).toEqual({
      title: 'Scheda 2024',
      description: undefined,
      copyFromSurveyId: 's2021',
    });
  });

  it('sends no survey to copy for a blank one', () => {
    expect(surveyCreateBody({ title: 'Scheda', description: 'Allegato B', mode: 'blank', sourcePlanId: 'p', copyFromSurveyId: 's' })).toEqual({
      title: 'Scheda',
      description: 'Allegato B',
      copyFromSurveyId: undefined,
    });
  });
});
