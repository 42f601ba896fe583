import type { TokenPair, User } from './models';

/**
 * The signed-in session. The access token lives in memory only; the refresh token in
 * sessionStorage, so that a reload of the tab keeps the session but closing the tab ends it
 * and no other tab or site can read it from a cookie.
 */
const REFRESH_KEY = 'madoguchi.refreshToken';

export type SessionEnd = 'signed_out' | 'expired';
type Listener = (user: User | null, reason?: SessionEnd) => void;

let accessToken: string | null = null;
let currentUser: User | null = null;
const listeners = new Set<Listener>();

export const session = {
  get accessToken(): string | null {
    return accessToken;
  },
  get user(): User | null {
    return currentUser;
  },
  get refreshToken(): string | null {
    return sessionStorage.getItem(REFRESH_KEY);
  },
  start(pair: TokenPair): void {
    accessToken = pair.accessToken;
    sessionStorage.setItem(REFRESH_KEY, pair.refreshToken);
    if (pair.user) currentUser = pair.user;
    listeners.forEach((l) => l(currentUser));
  },
  setUser(user: User): void {
    currentUser = user;
    listeners.forEach((l) => l(currentUser));
  },
  end(reason: SessionEnd): void {
    const had = accessToken !== null || currentUser !== null || sessionStorage.getItem(REFRESH_KEY) !== null;
    accessToken = null;
    currentUser = null;
    sessionStorage.removeItem(REFRESH_KEY);
    if (had) listeners.forEach((l) => l(null, reason));
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
