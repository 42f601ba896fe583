import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, authApi, call, refreshTokens } from '../api/client';
import { ApiError, toApiError } from '../api/errors';
import { itemsOf, type Organization, type Page, type TokenPair, type User } from '../api/models';
import { session } from '../api/session';
import { I18nProvider, toLocale, type Locale } from '../i18n';

type Status = 'restoring' | 'signed_out' | 'signed_in';

interface SessionState {
  status: Status;
  user: User | null;
  organization: Organization | null;
  /** Why the last session ended, to tell the sign-in screen. */
  ended: 'signed_out' | 'expired' | null;
  locale: Locale;
  setLocale: (locale: Locale) => void;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

const localeKey = (userId?: string) => (userId ? `madoguchi.locale.${userId}` : 'madoguchi.locale');

function savedLocale(user?: User | null): Locale {
  const saved = localStorage.getItem(localeKey(user?.id)) ?? localStorage.getItem(localeKey());
  return toLocale(saved ?? user?.locale ?? navigator.language);
}

async function ownOrganization(user: User): Promise<Organization | null> {
  try {
    const orgs = itemsOf(await call<Page<Organization> | Organization[]>(api.GET('/api/v1/organizations')));
    return orgs.find((o) => o.id === user.organizationId) ?? null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>(session.refreshToken ? 'restoring' : 'signed_out');
  const [user, setUser] = useState<User | null>(null);
  const [organization, setOrganization] = useState<Organization | null>(null);
  const [ended, setEnded] = useState<SessionState['ended']>(null);
  const [locale, setLocaleState] = useState<Locale>(savedLocale());

  const begin = useCallback(async (me: User) => {
    setUser(me);
    setLocaleState(savedLocale(me));
    setOrganization(await ownOrganization(me));
    setEnded(null);
    setStatus('signed_in');
  }, []);

  useEffect(
    () =>
      session.subscribe((u, reason) => {
        if (u) return;
        setUser(null);
        setOrganization(null);
        setStatus('signed_out');
        if (reason) setEnded(reason);
      }),
    [],
  );

  useEffect(() => {
    if (status !== 'restoring') return;
    // A reload keeps the refresh token (sessionStorage) but not the access token (memory).
    (async () => {
      if (!(await refreshTokens())) return session.end('expired');
      const me = await call<User>(api.GET('/api/v1/me')).catch(() => null);
      if (!me) return session.end('expired');
      session.setUser(me);
      await begin(me);
    })();
  }, [status, begin]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data, error, response } = await authApi
        .POST('/api/v1/auth/login', { body: { email, password } })
        .catch(() => ({ data: undefined, error: undefined, response: undefined }));
      if (!response?.ok || !data) throw toApiError(response, error);
      const pair = data as TokenPair;
      session.start(pair);
      await begin(pair.user);
    },
    [begin],
  );

  const signOut = useCallback(async () => {
    const refreshToken = session.refreshToken;
    if (refreshToken) await authApi.POST('/api/v1/auth/logout', { body: { refreshToken } }).catch(() => undefined);
    session.end('signed_out');
  }, []);

  const setLocale = useCallback(
    (next: Locale) => {
      localStorage.setItem(localeKey(user?.id), next);
      localStorage.setItem(localeKey(), next);
      setLocaleState(next);
    },
    [user],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value: SessionState = { status, user, organization, ended, locale, setLocale, signIn, signOut };
  return (
    <SessionContext.Provider value={value}>
      <I18nProvider locale={locale} timeZone={organization?.timezone ?? 'Asia/Tokyo'}>
        {children}
      </I18nProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user (screens behind the sign-in only). */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new ApiError(401, 'UNAUTHENTICATED', 'Not signed in');
  return user;
}
