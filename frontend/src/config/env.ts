/**
 * Settings given at run time by the container image's /config.js (window.__ZONALE_CONFIG__, see
 * Dockerfile and docker/default.conf.template), else read from Vite's environment at build time.
 */
interface RuntimeConfig {
  apiUrl?: string;
  oidcAuthority?: string;
  oidcClientId?: string;
}

const runtime: RuntimeConfig = (globalThis as { __ZONALE_CONFIG__?: RuntimeConfig }).__ZONALE_CONFIG__ ?? {};

export const env = {
  apiUrl: (runtime.apiUrl || import.meta.env.VITE_API_URL || 'http://localhost:8080').replace(/\/$/, ''),
  timeZone: 'Europe/Rome',
} as const;

/** Keycloak realm and public client of the SPA (authorization code + PKCE S256). */
export const oidc = {
  authority: (runtime.oidcAuthority || import.meta.env.VITE_OIDC_AUTHORITY || 'http://localhost:8180/realms/zonale').replace(/\/$/, ''),
  clientId: runtime.oidcClientId || import.meta.env.VITE_OIDC_CLIENT_ID || 'zonale-spa',
} as const;
