import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render';
import { DelegateForm, type DelegateFormValues } from './delegate-form';

describe('DelegateForm', () => {
  it('offers the language of the e-mails, Italian unless the person chose English, and sends the choice', async () => {
    const onSubmit = vi.fn(async (_values: DelegateFormValues) => undefined);
    renderWithProviders(
      <DelegateForm
        idPrefix="d"
        defaultValues={{ fullName: 'Giulia Ferrari', organizationRole: '', email: 'giulia@example.org', preferredLanguage: 'IT' }}
        submitLabel="Salva"
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />,
    );
    const language = screen.getByLabelText(/Lingua delle e-mail/);
    expect(language).toHaveValue('IT');
    expect(language).toHaveAccessibleDescription('Zonale scrive a questa persona in questa lingua (conferme, promemoria, avvisi).');

    await userEvent.selectOptions(language, 'English');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ fullName: 'Giulia Ferrari', email: 'giulia@example.org', preferredLanguage: 'EN' });
  });
});
