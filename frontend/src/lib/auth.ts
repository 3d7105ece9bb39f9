import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { useSyncExternalStore } from 'react';
import { oidc } from '../config/env';

let manager: UserManager | null = null;
let current: User | null = null;
// why: until the sessionStorage copy is read, "no user" is not yet known; guards wait instead of redirecting
let ready = false;
const listeners = new Set<() => void>();

function setUser(user: User | null): void {
  current = user && !user.expired ? user : null;
  ready = true;
  listeners.forEach((l) => l());
}

/** The OIDC user manager (Keycloak, code flow + PKCE S256, refresh-token silent renew); created on first use. */
export function getUserManager(): UserManager {
  if (!manager) {
    const origin = window.location.origin;
    manager = new UserManager({
      authority: oidc.authority,
      client_id: oidc.clientId,
      redirect_uri: `${origin}/auth/callback`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: 'openid profile email',
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
    manager.events.addUserLoaded((u) => setUser(u));
    manager.events.addUserUnloaded(() => setUser(null));
    manager.events.addAccessTokenExpired(() => setUser(null));
    manager.events.addSilentRenewError(() => setUser(null));
  }
  return manager;
}

/** Restores a signed-in user kept in sessionStorage, if any. */
export async function restoreUser(): Promise<void> {
  if (typeof window === 'undefined') return;
  setUser(await getUserManager().getUser());
}

export function accessToken(): string | null {
  return current && !current.expired ? current.access_token : null;
}

/**
 * The realm roles in the user's access token (consortium, asst, ets, comune). Only for choosing what to show:
 * the API checks the token itself on every call.
 */
export function userRoles(user: User | null): string[] {
  const payload = user?.access_token.split('.')[1];
  if (!payload) return [];
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const roles = (JSON.parse(json) as { realm_access?: { roles?: unknown } }).realm_access?.roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}

/** The person's name as the identity provider knows it ("Giulia Rossi"), the username only when it has none. */
export function displayName(user: User): string {
  const p = user.profile;
  const full = p.name ?? [p.given_name, p.family_name].filter(Boolean).join(' ');
  return full.trim() || (p.preferred_username ?? '');
}

export async function login(returnTo: string = window.location.pathname): Promise<void> {
  await getUserManager().signinRedirect({ state: { returnTo } });
}

/** Completes the redirect from Keycloak; returns where to go next. */
export async function completeLogin(): Promise<string> {
  const user = await getUserManager().signinRedirectCallback();
  setUser(user);
  const state = user.state as { returnTo?: string } | undefined;
  return state?.returnTo && state.returnTo !== '/auth/callback' ? state.returnTo : '/me';
}

export async function logout(): Promise<void> {
  const m = getUserManager();
  const user = await m.getUser();
  await m.removeUser();
  setUser(null);
  await m.signoutRedirect({ id_token_hint: user?.id_token });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the signed-in user (or its absence) is known. */
export function useAuthReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => ready,
    () => false,
  );
}

/** The signed-in user (or null), re-rendering on login, renewal and logout. */
export function useAuthUser(): User | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
