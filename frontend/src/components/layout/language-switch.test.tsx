import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '../../lib/i18n';
import { renderWithProviders } from '../../testing/render';
import { LanguageSwitch } from './language-switch';

function Page() {
  const { t } = useTranslation();
  return (
    <>
      <LanguageSwitch />
      <h1>{t('districts.list.title')}</h1>
    </>
  );
}

describe('LanguageSwitch', () => {
  it('starts in Italian and switches to English, persisting the choice and <html lang>', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Page />);
    expect(await screen.findByRole('heading', { name: 'Ambiti territoriali e Piani di Zona' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Italiano' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Ambiti and their Piani di Zona' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });
});
