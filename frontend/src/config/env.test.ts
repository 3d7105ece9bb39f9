import { afterEach, describe, expect, it, vi } from 'vitest';

type Config = { apiUrl?: string; oidcAuthority?: string; oidcClientId?: string };
const holder = globalThis as { __ZONALE_CONFIG__?: Config };

async function load(config?: Config) {
  vi.resetModules();
  if (config) holder.__ZONALE_CONFIG__ = config;
  else delete holder.__ZONALE_CONFIG__;
  return import('./env');
}

describe('runtime configuration (the container image writes /config.js)', () => {
  afterEach(() => {
    delete holder.__ZONALE_CONFIG__;
  });

  it('takes the addresses given at run time, without a trailing slash', async () => {
    const { env, oidc } = await load({
      apiUrl: 'https://zonale.example.org/',
      oidcAuthority: 'https://auth.example.org/realms/zonale/',
      oidcClientId: 'zonale-spa-prod',
    });
    expect(env.apiUrl).toBe('https://zonale.example.org');
    expect(oidc.authority).toBe('https://auth.example.org/realms/zonale');
    expect(oidc.clientId).toBe('zonale-spa-prod');
  });

  it('falls back to the build-time values when /config.js gives none (npm run dev)', async () => {
    const { env, oidc } = await load({});
    expect(env.apiUrl).toBe((import.meta.env.VITE_API_URL ?? 'http://localhost:8080').replace(/\/$/, ''));
    expect(oidc.clientId).toBe(import.meta.env.VITE_OIDC_CLIENT_ID ?? 'zonale-spa');
  });
});
