import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { agreementBody, agreementFormValues, type AgreementFormValues } from '../lib';
import { AgreementForm } from './agreement-form';

const bodies = [{ value: 'o:asst', label: 'ASST Crema' }];
const comuni = [
  { value: 'm:019035', label: 'Crema' },
  { value: 'm:019001', label: 'Agnadello' },
];

describe('AgreementForm', () => {
  it('adds every comune of the ambito as a signatory with the date of signature, and saves them', async () => {
    const onSubmit = vi.fn(async (_values: AgreementFormValues) => undefined);
    renderWithProviders(
      <AgreementForm defaultValues={agreementFormValues(null, 'Piano di Zona 2025-2027')} bodies={bodies} comuni={comuni} onSubmit={onSubmit} />,
    );
    await userEvent.type(screen.getByLabelText('Data di sottoscrizione'), '2025-03-14');
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi i 2 comuni dell’ambito' }));
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi un firmatario' }));
    await userEvent.selectOptions(screen.getByLabelText(/Firmatario 3/), 'ASST Crema');
    await userEvent.click(screen.getByRole('button', { name: 'Salva l’accordo' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    const body = agreementBody(onSubmit.mock.calls[0]![0], 0);
    expect(body.signatories).toEqual([
      { municipalityIstatCode: '019035', organizationId: undefined, signedOn: '2025-03-14', signatoryName: undefined, signatoryRole: 'Sindaco' },
      { municipalityIstatCode: '019001', organizationId: undefined, signedOn: '2025-03-14', signatoryName: undefined, signatoryRole: 'Sindaco' },
      { municipalityIstatCode: undefined, organizationId: 'asst', signedOn: '2025-03-14', signatoryName: undefined, signatoryRole: undefined },
    ]);
    expect(body.title).toBe('Accordo di programma – Piano di Zona 2025-2027');
  });

  it('refuses the same signatory twice and a validity that ends before it starts', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const values = agreementFormValues(null, 'Piano');
    values.validFrom = '2025-01-01';
    values.validTo = '2024-12-31';
    values.signatories = [
      { who: 'm:019035', signedOn: '', signatoryName: '', signatoryRole: '' },
      { who: 'm:019035', signedOn: '', signatoryName: '', signatoryRole: '' },
    ];
    renderWithProviders(<AgreementForm defaultValues={values} bodies={bodies} comuni={comuni} onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Salva l’accordo' }));
    expect(await screen.findByText('Lo stesso ente compare due volte tra i firmatari.')).toBeInTheDocument();
    expect(screen.getByText('La fine non può precedere l’inizio.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a signed text without fields and saves it as it is, with a late signatory', async () => {
    const onSubmit = vi.fn(async (_values: AgreementFormValues) => undefined);
    const values = agreementFormValues(null, 'Piano di Zona 2025-2027');
    values.summary = 'Testo sottoscritto.';
    renderWithProviders(<AgreementForm defaultValues={values} bodies={bodies} comuni={comuni} onSubmit={onSubmit} textFrozen />);
    expect(screen.queryByLabelText('Titolo')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Testo o sintesi')).not.toBeInTheDocument();
    expect(screen.getByText('Testo sottoscritto.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi i 2 comuni dell’ambito' }));
    await userEvent.click(screen.getByRole('button', { name: 'Salva l’accordo' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    const body = agreementBody(onSubmit.mock.calls[0]![0], 3);
    expect(body.title).toBe('Accordo di programma – Piano di Zona 2025-2027');
    expect(body.summary).toBe('Testo sottoscritto.');
    expect(body.signatories).toHaveLength(2);
  });
});
