import { request as httpRequest } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originCheck } from './own-origin.ts';

// A real listening server, so the Host header is what a browser would send.
let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = Fastify();
  const isOwn = originCheck({ publicOrigin: undefined, host: '127.0.0.1' });
  app.post('/write', async (request, reply) => reply.status(isOwn(request) ? 204 : 403).send());
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as { port: number }).port;
});
afterAll(() => app.close());

const write = (host: string, origin: string) =>
  new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: '/write', method: 'POST', headers: { host, origin } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });

describe('our own origin without PUBLIC_ORIGIN', () => {
  it('is the listening address or localhost, and nothing a Host header claims', async () => {
    expect(await write(`127.0.0.1:${port}`, `http://127.0.0.1:${port}`)).toBe(204);
    expect(await write(`localhost:${port}`, `http://localhost:${port}`)).toBe(204);
    expect(await write(`evil.example:${port}`, `http://evil.example:${port}`)).toBe(403);
    expect(await write(`localhost:${port}`, `http://localhost:${port + 1}`)).toBe(403);
    expect(await write(`127.0.0.1:${port}`, `http://localhost:${port}`)).toBe(403);
  });

  it('is exactly PUBLIC_ORIGIN when it is set', () => {
    const isOwn = originCheck({ publicOrigin: 'https://kintsugi.example', host: '0.0.0.0' });
    const req = (origin: string) => ({ headers: { origin } }) as never;
    expect(isOwn(req('https://kintsugi.example'))).toBe(true);
    expect(isOwn(req(`http://127.0.0.1:${port}`))).toBe(false);
  });
});
