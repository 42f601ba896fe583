import createClient from 'openapi-fetch';
import { toApiError } from './errors';
import type { TokenPair } from './models';
import type { paths } from './schema';
import { session } from './session';

/**
 * The one way the web app talks to the API: openapi-fetch typed by schema.d.ts (generated from
 * the API's OpenAPI document by `npm run web:client`). The transport below adds the bearer
 * token and, on a 401, refreshes the token pair once (shared by concurrent calls) and retries;
 * when the refresh fails the session ends cleanly.
 */
const baseUrl = window.location.origin;

/** Sign-in, refresh and sign-out: no bearer token, no retry. */
export const authApi = createClient<paths>({ baseUrl });

let refreshing: Promise<boolean> | null = null;

export function refreshTokens(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session.refreshToken;
    if (!refreshToken) return false;
    try {
      const { data, response } = await authApi.POST('/api/v1/auth/refresh', { body: { refreshToken } });
      if (!response.ok || !data) {
        session.end('expired');
        return false;
      }
      session.start(data as TokenPair);
      return true;
    } catch {
      return false; // The network, not the session: keep it and let the caller show the error.
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function withBearer(request: Request): Request {
  if (session.accessToken) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
  return request;
}

async function authorizedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const first = await fetch(withBearer(request));
  if (first.status !== 401 || !session.refreshToken) return first;
  if (!(await refreshTokens())) return first;
  return fetch(withBearer(retry));
}

export const api = createClient<paths>({ baseUrl, fetch: authorizedFetch });

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch answer: the body as `T`, or an ApiError in the API's error shape. */
export async function call<T>(request: Promise<Answer>): Promise<T> {
  let answer: Answer;
  try {
    answer = await request;
  } catch {
    throw toApiError(undefined, undefined);
  }
  if (!answer.response.ok) throw toApiError(answer.response, answer.error);
  return answer.data as T;
}
