import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, toApiError } from './api.ts';

const words = { generic: 'Something went wrong.', network: 'We could not reach Kintsugi.' };

describe('toApiError', () => {
  it('carries the server code, message and field messages', () => {
    const error = toApiError(
      400,
      {
        error: {
          code: 'wrong_password',
          message: 'That password is not right.',
          fields: { currentPassword: 'Not right.' },
        },
      },
      words,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('wrong_password');
    expect(error.message).toBe('That password is not right.');
    expect(error.fields).toEqual({ currentPassword: 'Not right.' });
  });

  it('falls back calmly when the answer has no usable shape', () => {
    for (const body of [
      undefined,
      null,
      'text',
      [],
      { error: 'x' },
      { error: { code: 5, message: '' } },
    ]) {
      const error = toApiError(500, body, words);
      expect(error.code).toBe('server_error');
      expect(error.message).toBe(words.generic);
      expect(error.fields).toEqual({});
    }
    expect(toApiError(404, {}, words).code).toBe('not_found');
    expect(toApiError(429, {}, words).code).toBe('rate_limited');
  });

  it('keeps only string field messages', () => {
    const error = toApiError(
      400,
      { error: { code: 'bad', message: 'Bad', fields: { a: 'A', b: 3, c: '' } } },
      words,
    );
    expect(error.fields).toEqual({ a: 'A' });
  });
});

function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const seen: { url: string; init: RequestInit }[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push({ url, init: init ?? {} });
    return answer(url, init ?? {});
  }) as typeof fetch;
  return { fn, seen };
}

describe('createApiClient', () => {
  it('sends JSON with the session cookie and returns the parsed answer', async () => {
    const { fn, seen } = fakeFetch(() => new Response(JSON.stringify({ ok: 1 }), { status: 200 }));
    const api = createApiClient({ fetch: fn, words });
    await expect(api.post('/api/v1/couple/join', { code: 'x' })).resolves.toEqual({ ok: 1 });
    const init = seen[0]!.init;
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init.body).toBe('{"code":"x"}');
  });

  it('sends an empty JSON object on writes without a body, and no body on reads', async () => {
    const { fn, seen } = fakeFetch(() => new Response(null, { status: 204 }));
    const api = createApiClient({ fetch: fn, words });
    await expect(api.post('/api/v1/auth/sign-out')).resolves.toBeUndefined();
    await api.get('/api/v1/me');
    expect(seen[0]!.init.body).toBe('{}');
    expect(seen[1]!.init.body).toBeUndefined();
  });

  it('throws ApiError for error answers and reports a lost session', async () => {
    let lost = 0;
    const { fn } = fakeFetch(
      () =>
        new Response(
          JSON.stringify({ error: { code: 'unauthorized', message: 'Please sign in.' } }),
          { status: 401 },
        ),
    );
    const api = createApiClient({ fetch: fn, words, onUnauthorized: () => lost++ });
    await expect(api.get('/api/v1/couple')).rejects.toMatchObject({
      status: 401,
      code: 'unauthorized',
      message: 'Please sign in.',
    });
    expect(lost).toBe(1);
    // A failed sign-in is not a lost session.
    await expect(api.post('/api/v1/auth/sign-in', {})).rejects.toBeInstanceOf(ApiError);
    expect(lost).toBe(1);
  });

  it('turns a failed fetch into a network ApiError and says we are unreachable', async () => {
    const reach: boolean[] = [];
    const { fn } = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const api = createApiClient({ fetch: fn, words, onReachability: (r) => reach.push(r) });
    const error = await api.get('/api/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetwork).toBe(true);
    expect((error as ApiError).message).toBe(words.network);
    expect(reach).toEqual([false]);
  });

  it('copes with an error answer that is not JSON', async () => {
    const { fn } = fakeFetch(() => new Response('<html>bad gateway</html>', { status: 502 }));
    const api = createApiClient({ fetch: fn, words });
    await expect(api.get('/api/v1/me')).rejects.toMatchObject({
      status: 502,
      code: 'server_error',
      message: words.generic,
    });
  });
});
