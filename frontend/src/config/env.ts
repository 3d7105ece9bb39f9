/** Runtime settings read from Vite's environment at build time. */
export const env = {
  apiUrl: (import.meta.env.VITE_API_URL ?? 'http://localhost:8080').replace(/\/$/, ''),
  timeZone: 'Europe/Rome',
} as const;

/** Keycloak realm and public client of the SPA (authorization code + PKCE S256). */
export const oidc = {
  authority: (import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/zonale').replace(/\/$/, ''),
  clientId: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'zonale-spa',
} as const;
