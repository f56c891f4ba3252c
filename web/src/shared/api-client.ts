/** One problem in an RFC 9457 problem+json body: a form field or a CSV line. */
export interface ProblemError {
  field?: string;
  line?: number;
  column?: string;
  problem: string;
}

/** An RFC 9457 problem+json document as sent by the eyelevel API. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemError[];
}

/** Thrown for every non-2xx API answer; carries the problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let csrfToken: string | null = null;
let unauthorizedListener: (() => void) | null = null;

/** Remembers the CSRF token from the session for state-changing requests. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers what happens when any API call answers 401 (the session ended). */
export function onUnauthorized(listener: (() => void) | null): void {
  unauthorizedListener = listener;
}

interface RequestOptions {
  body?: unknown;
  /** Do not treat 401 as "session ended" (used by login and the session probe). */
  isUnauthorizedExpected?: boolean;
  signal?: AbortSignal;
}

/** Calls the API and returns the parsed JSON body (undefined for 204). */
export async function requestJson<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  return (await requestWithStatus<T>(method, path, options)).body;
}

/** Calls the API and returns the success status (e.g. 200 or 201) with the parsed JSON body. */
export async function requestWithStatus<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (response.status === 401 && options.isUnauthorizedExpected !== true) unauthorizedListener?.();
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204) return { status: 204, body: undefined as T };
  const text = await response.text();
  return { status: response.status, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) return { ...fallback, ...(body as Partial<Problem>), status: response.status };
  } catch {
    // Not JSON (a proxy error page, for example): keep the status line.
  }
  return fallback;
}

/** Shorthands for the four verbs the front end uses. */
export const api = {
  get: <T>(path: string, signal?: AbortSignal) => requestJson<T>('GET', path, { signal }),
  post: <T>(path: string, body?: unknown) => requestJson<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => requestJson<T>('PATCH', path, { body }),
  delete: (path: string) => requestJson<void>('DELETE', path),
};

/** Builds a query string from defined, non-empty values. */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
