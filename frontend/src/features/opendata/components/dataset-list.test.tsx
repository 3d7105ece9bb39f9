import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '../../../testing/fetch-stub';
import { renderWithProviders } from '../../../testing/render';
import { DatasetList } from './dataset-list';

const PLAN_ID = 'b1000000-0000-4000-8000-000000000001';
const API = 'http://localhost:8080/api/v1/datasets/tables';

const tables = {
  key: 'tables',
  scope: 'PLAN' as const,
  districtId: 'd1000000-0000-4000-8000-000000000003',
  planId: PLAN_ID,
  titleIt: 'Tavoli tematici',
  titleEn: 'Thematic tables',
  descriptionIt: 'I tavoli tematici del piano.',
  descriptionEn: 'The thematic tables of the plan.',
  themes: ['SOCI'],
  license: 'https://creativecommons.org/licenses/by/4.0/',
  columns: [
    { name: 'tableId', datatype: 'string', titleIt: 'Identificativo tavolo', titleEn: 'Table id' },
    { name: 'name', datatype: 'string', titleIt: 'Nome', titleEn: 'Name' },
    { name: 'policyAreaCodes', datatype: 'string', titleIt: 'Aree di policy', titleEn: 'Policy areas' },
  ],
  distributions: [
    { format: 'CSV', mediaType: 'text/csv', url: `${API}?planId=${PLAN_ID}&format=csv` },
    { format: 'JSON', mediaType: 'application/json', url: `${API}?planId=${PLAN_ID}&format=json` },
  ],
};

describe('open data list', () => {
  it('shows each dataset with its licence, downloads and a preview of its rows', async () => {
    stubApi({
      '/api/v1/datasets': { items: [tables], total: 1 },
      // the contract types a dataset's JSON as a free-form object
      '/api/v1/datasets/{datasetKey}': {
        dataset: 'tables',
        items: [{ tableId: 't1', name: 'Anziani e disabilità', policyAreaCodes: ['HOUSING', 'POVERTY'] }],
      } as never,
    });
    renderWithProviders(<DatasetList planId={PLAN_ID} />);
    const card = await screen.findByRole('region', { name: 'Tavoli tematici' });
    expect(within(card).getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', tables.license);
    expect(within(card).getByRole('link', { name: 'Scarica CSV' })).toHaveAttribute('href', tables.distributions[0]!.url);
    expect(within(card).getByRole('link', { name: 'Scarica JSON' })).toBeInTheDocument();
    const preview = await within(card).findByRole('table', { name: /Anteprima/ });
    expect(within(preview).getByRole('columnheader', { name: 'Aree di policy' })).toBeInTheDocument();
    expect(within(preview).getByText('HOUSING POVERTY')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Dati del piano' })).toBeInTheDocument();
  });

  it('says so when a dataset has no rows yet', async () => {
    stubApi({
      '/api/v1/datasets': { items: [tables], total: 1 },
      '/api/v1/datasets/{datasetKey}': { dataset: 'tables', items: [] } as never,
    });
    renderWithProviders(<DatasetList planId={PLAN_ID} />);
    expect(await screen.findByText('Nessun dato per ora.')).toBeInTheDocument();
  });
});
