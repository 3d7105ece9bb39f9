import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './api/problem';

/** Builds the query client: no retries on 4xx problems, one retry otherwise. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 1,
        refetchOnWindowFocus: false,
      },
    },
  });
}
