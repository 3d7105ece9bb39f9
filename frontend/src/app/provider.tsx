import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { restoreUser } from '../lib/auth';
import { initI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

/** Global providers: i18n and the query client; restores a signed-in user from sessionStorage. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [i18n] = useState(initI18n);
  useEffect(() => {
    void restoreUser();
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
