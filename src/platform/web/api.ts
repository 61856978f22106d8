// The typed fetch wrapper. Every answer that is not 2xx becomes a thrown ApiError carrying the
// server's code, its person-readable message and any per-field messages. A request that never
// reached the server becomes ApiError with status 0 and code "network".

export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;

  constructor(status: number, code: string, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export interface ErrorWords {
  /** Shown when the server's answer carries no message we can show. */
  generic: string;
  /** Shown when the request never reached the server. */
  network: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns a non-2xx answer into an ApiError. Pure, so it is tested without a server. */
export function toApiError(status: number, body: unknown, words: ErrorWords): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code =
    typeof error?.code === 'string' && error.code !== '' ? error.code : codeForStatus(status);
  const message =
    typeof error?.message === 'string' && error.message.trim() !== ''
      ? error.message
      : words.generic;
  const fields: FieldErrors = {};
  if (error && isRecord(error.fields)) {
    for (const [name, text] of Object.entries(error.fields)) {
      if (typeof text === 'string' && text !== '') fields[name] = text;
    }
  }
  return new ApiError(status, code, message, fields);
}

function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'bad_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'server_error' : 'unknown';
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClientOptions {
  fetch: typeof fetch;
  words: ErrorWords;
  /** Called with true when a request could not reach the server, false when one did. */
  onReachability?: (reachable: boolean) => void;
  /** Called on a 401 from anything but the sign-in/up/out calls: the session has ended. */
  onUnauthorized?: () => void;
  /** Called on a 423: the app lock closed this session (decision 132). */
  onLocked?: () => void;
}

export interface ApiClient {
  request<T>(method: Method, path: string, body?: unknown): Promise<T>;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  del<T = void>(path: string): Promise<T>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    let payload: string | undefined;
    if (method !== 'GET') {
      // Always a JSON body on writes: the server accepts JSON only.
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body ?? {});
    }
    let response: Response;
    try {
      response = await options.fetch(path, {
        method,
        headers,
        body: payload,
        credentials: 'same-origin',
      });
    } catch {
      options.onReachability?.(false);
      throw new ApiError(0, 'network', options.words.network);
    }
    options.onReachability?.(true);

    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let data: unknown = undefined;
    if (text !== '') {
      try {
        data = JSON.parse(text);
      } catch {
        data = undefined;
      }
    }
    if (response.ok) return data as T;

    const error = toApiError(response.status, data, options.words);
    if (response.status === 401 && !path.startsWith('/api/v1/auth/')) options.onUnauthorized?.();
    if (response.status === 423) options.onLocked?.();
    throw error;
  }

  return {
    request,
    get: <T>(path: string) => request<T>('GET', path),
    post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
    patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
    del: <T = void>(path: string) => request<T>('DELETE', path),
  };
}
