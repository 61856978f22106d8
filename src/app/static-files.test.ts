import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../platform/testing/test-server.ts';
import { features } from './server.ts';

/**
 * The built web app as a browser gets it: the real Vite build (into a temporary directory), so
 * the pre-compressed copies are the ones the build plugin writes, served by the real server.
 */
const projectRoot = join(import.meta.dirname, '..', '..');
const webDir = mkdtempSync(join(tmpdir(), 'kintsugi-static-'));
let server: TestServer;
let entryJs: string;

beforeAll(async () => {
  await build({
    configFile: join(projectRoot, 'vite.config.ts'),
    root: import.meta.dirname,
    logLevel: 'silent',
    build: { outDir: webDir, emptyOutDir: true },
  });
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  entryJs = /<script[^>]+src="(\/assets\/index-[\w-]+\.js)"/.exec(html)![1]!;
  server = await startTestServer({ features, webDir });
});
afterAll(async () => {
  await server?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  server.app.inject({
    method: 'GET',
    url,
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });
const original = (path: string) => readFileSync(join(webDir, path));

describe('static files', () => {
  it('the build writes a brotli and a gzip copy beside every text file', () => {
    const files = readdirSync(webDir, { recursive: true, encoding: 'utf8' });
    const text = files.filter((f) => /\.(js|css|html|svg|webmanifest|json)$/.test(f));
    expect(text.length).toBeGreaterThan(3);
    for (const file of text.filter((f) => original(f).length > 200)) {
      expect(files, file).toContain(`${file}.br`);
      expect(files, file).toContain(`${file}.gz`);
    }
    expect(files.filter((f) => /\.png\.(br|gz)$/.test(f))).toEqual([]);
  });

  it('sends brotli to a browser that accepts it, and it decodes to the file itself', async () => {
    const res = await get(entryJs, 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(original(entryJs).length / 2);
    expect(brotliDecompressSync(res.rawPayload).equals(original(entryJs))).toBe(true);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const res = await get(entryJs, 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.rawPayload).equals(original(entryJs))).toBe(true);
  });

  it('sends the plain file to a client that accepts no encoding we have', async () => {
    for (const acceptEncoding of [undefined, 'identity', 'deflate']) {
      const res = await get(entryJs, acceptEncoding);
      expect(res.statusCode, acceptEncoding).toBe(200);
      expect(res.headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(String(res.headers.vary), acceptEncoding).toMatch(/accept-encoding/i);
      expect(res.rawPayload.equals(original(entryJs)), acceptEncoding).toBe(true);
    }
  });

  it('answers a page address with the shell, compressed or not, never cached without asking', async () => {
    const html = original('index.html');
    for (const url of ['/', '/today', '/journal?x=1']) {
      const br = await get(url, 'br');
      expect(br.statusCode, url).toBe(200);
      expect(br.headers['content-type'], url).toMatch(/text\/html/);
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(br.headers['cache-control'], url).toBe('no-cache');
      expect(String(br.headers.vary), url).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.rawPayload).equals(html), url).toBe(true);

      const gzip = await get(url, 'gzip');
      expect(gzip.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).equals(html), url).toBe(true);

      const plain = await get(url);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(plain.headers['cache-control'], url).toBe('no-cache');
      expect(plain.rawPayload.equals(html), url).toBe(true);
    }
  });

  it('serves the compressed copies only as an encoding of their file, not as files of their own', async () => {
    const res = await get(`${entryJs}.br`);
    expect(res.rawPayload.equals(original(`${entryJs}.br`))).toBe(false);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('keeps the API uncompressed by this and never cached', async () => {
    const res = await get('/api/health', 'br');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toEqual({ ok: true });
  });
});
