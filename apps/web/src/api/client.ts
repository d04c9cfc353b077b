/**
 * The typed HTTP client of the web app: JSON in and out, the bearer token of the session, the
 * tablet's `x-device-id` on every request, and refusals turned into `ApiError` with their fields.
 */
import { v4 as uuid } from 'uuid';
import { currentSession, setSession, type Session } from '../auth/session';
import i18n from '../i18n';
import { refusalText } from '../i18n/refusal-text';
import type { LoginAnswer, TokenPair } from './types';

/** The error body the API answers: `fields` maps a field path (`employer.creditCode`) to what is wrong with it. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** A refusal's stable code (libs/domain/src/shared/refusal-codes.ts) and the parameters of its sentence. */
  code?: string;
  params?: Record<string, unknown>;
  fields?: Record<string, string[]>;
  /** The same, field by field, as codes and parameters: what the forms show, in the user's language. */
  fieldRefusals?: Record<string, Array<{ code: string; params?: Record<string, unknown> }>>;
  field?: string;
  details?: unknown;
}

/** A refusal or failure the server answered. */
export class ApiError extends Error {
  readonly fields: Record<string, string[]>;

  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiError';
    const english = body.fields ?? (body.field ? { [body.field]: [body.message] } : {});
    // Each field's refusals in the user's language where the server gave their codes; else as the server said them.
    this.fields = Object.fromEntries(
      Object.entries(english).map(([field, messages]) => {
        const coded = body.fieldRefusals?.[field];
        const texts = coded?.map((r, i) => refusalText(i18n.t, { ...r, message: messages[i] ?? body.message }));
        return [field, texts?.every(Boolean) ? texts : messages];
      }),
    );
  }

  /** The refusal in the user's language (by its code), else the server's message. */
  get text(): string {
    return refusalText(i18n.t, this.body) || this.message;
  }

  /** Nest answers `Cannot GET /api/…` for a route the server does not have (yet). */
  get routeMissing(): boolean {
    return this.status === 404 && /^Cannot (GET|POST|PUT|DELETE|PATCH) /.test(this.message);
  }
}

/** No answer at all: offline, DNS, connection cut, timeout. The request may or may not have arrived. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

const DEVICE_KEY = 'jiangxin.deviceId';

/** A stable id of this browser (the judge's tablet), kept in localStorage. */
export function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = `web-${uuid()}`;
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

/** A client-made command id: the same id sent again is answered without a second write. */
export const newCommandId = (): string => uuid();

export interface RequestOptions {
  body?: unknown;
  /** Sent as is (multipart uploads); `body` is then ignored. */
  form?: FormData;
  token?: string | null;
  timeoutMs?: number;
  /** Answer the body as a Blob (file downloads). */
  blob?: boolean;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const session = options.token === undefined ? currentSession() : null;
  try {
    return await send<T>(method, path, options, options.token === undefined ? session?.token : options.token);
  } catch (error) {
    // The access token lives minutes: renew it once with the refresh token and ask again.
    if (!(error instanceof ApiError && error.status === 401 && session?.refreshToken)) throw error;
    const renewed = await renewSession(session);
    if (!renewed) throw error;
    return send<T>(method, path, options, renewed.token);
  }
}

async function send<T>(method: string, path: string, options: RequestOptions, token: string | null | undefined): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-device-id': deviceId() };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
  } catch (error) {
    throw new NetworkError(error);
  }
  if (response.ok && options.blob) return (await response.blob()) as T;
  const text = await response.text().catch(() => '');
  const parsed = parseJson(text);
  if (!response.ok) {
    const errorBody: ErrorBody =
      parsed && typeof parsed === 'object' && 'message' in parsed
        ? (parsed as ErrorBody)
        : { statusCode: response.status, error: response.statusText, message: text.slice(0, 300) || response.statusText };
    throw new ApiError(response.status, errorBody);
  }
  return parsed as T;
}

let renewing: Promise<Session | null> | undefined;

/**
 * Exchanges the refresh token for a new pair. A refresh token works once (used twice, the server
 * closes the session), so one renewal runs at a time: in this tab, and across tabs with a Web Lock
 * where the browser has them. A tab that waited finds the pair another one got.
 */
function renewSession(stale: Session): Promise<Session | null> {
  renewing ??= (async () => {
    const run = async (): Promise<Session | null> => {
      const current = currentSession(true);
      if (!current?.refreshToken) return null;
      if (current.token !== stale.token) return current;
      try {
        const pair = await send<TokenPair>('POST', '/api/auth/refresh', { body: { refreshToken: current.refreshToken } }, null);
        const next: Session = { ...current, token: pair.accessToken, ...(pair.refreshToken ? { refreshToken: pair.refreshToken } : {}) };
        setSession(next);
        return next;
      } catch (error) {
        // Refused: the session is over (log in again). No answer: keep it for later.
        if (error instanceof ApiError && error.status === 401) setSession(null);
        return null;
      }
    };
    return navigator.locks ? navigator.locks.request('jiangxin-session-renewal', run) : run();
  })().finally(() => {
    renewing = undefined;
  });
  return renewing;
}

/** Logs in; the caller keeps the session when the account fits the page. */
export const logIn = (username: string, password: string): Promise<LoginAnswer> =>
  send<LoginAnswer>('POST', '/api/auth/login', { body: { username, password } }, null);

export const sessionOf = (answer: LoginAnswer): Session => ({
  token: answer.accessToken,
  ...(answer.refreshToken ? { refreshToken: answer.refreshToken } : {}),
  user: answer.user,
});

/** Ends the session on the server (its tokens stop working everywhere) and forgets it here. */
export async function logOut(): Promise<void> {
  const session = currentSession();
  setSession(null);
  if (session) await send('POST', '/api/auth/sign-out', { body: {} }, session.token).catch(() => undefined);
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body: body ?? {} }),
  /** A command: a fresh commandId unless the caller brings one (a retry). */
  command: <T>(path: string, body: object = {}, commandId: string = newCommandId()) =>
    request<T>('POST', path, { body: { commandId, ...body } }),
};

/** `encodeURIComponent` for path segments. */
export const seg = (value: string | number): string => encodeURIComponent(String(value));
