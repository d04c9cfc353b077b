/**
 * The logged-in user of this browser, kept in localStorage so that a reload (also offline, on a
 * judge's tablet) keeps the session. A tiny external store for `useSyncExternalStore`.
 */
import { useSyncExternalStore } from 'react';
import type { Role, UserProfile } from '../api/types';

export interface Session {
  /** The short-lived access token (Authorization: Bearer …). */
  token: string;
  /** Works once: exchanged for a new pair when the access token has expired. */
  refreshToken?: string;
  user: UserProfile;
}

const KEY = 'jiangxin.session';
const listeners = new Set<() => void>();
let cached: Session | null | undefined;

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Session) : null;
    return parsed && typeof parsed.token === 'string' && parsed.user ? parsed : null;
  } catch {
    return null;
  }
}

/** The session; `fresh` reads localStorage again (another tab may have renewed it). */
export function currentSession(fresh = false): Session | null {
  if (cached === undefined || fresh) cached = read();
  return cached;
}

export function setSession(session: Session | null): void {
  cached = session;
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab logged in or out.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return;
    cached = read();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    subscribe,
    () => currentSession(),
    () => null,
  );
}

/** The session, when its user has one of `roles`. */
export const sessionWithRole = (session: Session | null, roles: readonly Role[]): Session | null =>
  session !== null && roles.includes(session.user.role) ? session : null;
