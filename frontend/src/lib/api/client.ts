import createClient, { type Middleware } from 'openapi-fetch';
import { env } from '../../config/env';
import { accessToken } from '../auth';
import { problemFromResponse } from './problem';
import type { paths } from './schema';

const bearerToken: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

const throwOnProblem: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) {
      throw await problemFromResponse(response);
    }
    return undefined;
  },
};

/** The one API client of the SPA: adds the Keycloak bearer token when signed in; every non-2xx answer is thrown as an ApiProblem. */
export const apiClient = createClient<paths>({
  baseUrl: env.apiUrl,
  // why: resolve fetch on each call so tests can stub globalThis.fetch after the client is created
  fetch: (request: Request) => globalThis.fetch(request),
});

apiClient.use(bearerToken, throwOnProblem);
