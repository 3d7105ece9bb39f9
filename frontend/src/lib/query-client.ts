import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api/problem';
import { login } from './auth';

/**
 * A 401 means the session ended (expired, revoked, signed out elsewhere):
 * the user is sent to Keycloak and comes back to the same page.
 */
function onUnauthorized(error: unknown): void {
  if (error instanceof ApiProblem && error.status === 401 && typeof window !== 'undefined') {
    void login(window.location.pathname + window.location.search);
  }
}

/** Builds the query client: no retries on 4xx problems, one retry otherwise; a 401 sends the user to login. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onUnauthorized }),
    mutationCache: new MutationCache({ onError: onUnauthorized }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
