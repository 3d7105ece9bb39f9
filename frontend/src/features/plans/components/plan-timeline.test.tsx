import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { phases } from '../../../testing/fixtures';
import { renderWithProviders } from '../../../testing/render';
import { PlanTimeline } from './plan-timeline';

describe('PlanTimeline', () => {
  it('lists phases in date order with ranges and milestones', async () => {
    renderWithProviders(<PlanTimeline phases={phases.items} />);
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Scheda di rilevazione dei bisogni');
    expect(items[0]).toHaveTextContent('dal 1 settembre 2021 al 20 settembre 2021');
    expect(items[1]).toHaveTextContent('Scadenza');
    expect(items[1]).toHaveTextContent('10 settembre 2021');
    expect(items[1]).toHaveClass('is-milestone');
  });

  it('says so when there is no phase', async () => {
    renderWithProviders(<PlanTimeline phases={[]} />);
    expect(await screen.findByText('Nessuna fase definita.')).toBeInTheDocument();
  });
});
