import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../platform/config/paths.ts';
import { startTestServer, type TestServer } from '../platform/testing/test-server.ts';
import { apiDescription } from './api-description.ts';
import { features } from './server.ts';

/**
 * Proof that the API document is a usable contract: a typed client generated from it with
 * openapi-typescript typechecks, refuses a wrong call at compile time, and (with openapi-fetch)
 * signs up, starts a space and writes a journal entry against a real listening server.
 */

// What a developer would write against the generated types. Typechecked, then run.
const usage = `
import createClient from 'openapi-fetch';
import type { paths } from './openapi.ts';

/** Node's fetch keeps no cookies; a browser would. Also sends our Origin, as a browser does. */
function browserLike(baseUrl: string) {
  let cookie = '';
  return async (request: Request): Promise<Response> => {
    if (cookie) request.headers.set('cookie', cookie);
    request.headers.set('origin', baseUrl);
    const response = await fetch(request);
    const set = response.headers.getSetCookie()[0];
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
}

export async function journey(baseUrl: string, email: string) {
  const client = createClient<paths>({ baseUrl, fetch: browserLike(baseUrl) });
  const signedUp = await client.POST('/api/v1/auth/sign-up', {
    body: { email, password: 'a long enough phrase', displayName: 'Robin' },
  });
  const space = await client.POST('/api/v1/couple');
  const written = await client.POST('/api/v1/journal', { body: { body: 'Only mine, written through a generated client.' } });
  const listed = await client.GET('/api/v1/journal');
  const missing = await client.GET('/api/v1/journal/{id}', { params: { path: { id: '${randomUUID()}' } } });
  // With mail configured, sign-up answers { checkYourEmail: true } instead (decision 085).
  const name: string | undefined =
    signedUp.data && 'user' in signedUp.data ? signedUp.data.user.displayName : undefined;
  const spaceId: string | undefined = space.data?.id;
  const entryId: string | undefined = written.data?.id;
  const code: string | undefined = missing.error?.error.code;
  return {
    statuses: [signedUp.response.status, space.response.status, written.response.status, listed.response.status, missing.response.status],
    name,
    spaceId,
    entryId,
    listedIds: listed.data?.entries.map((entry) => entry.id) ?? [],
    code,
  };
}
`;

// A call the document does not allow: the generated types must refuse it.
const misuse = `
import createClient from 'openapi-fetch';
import type { paths } from './openapi.ts';
const client = createClient<paths>({ baseUrl: 'http://127.0.0.1' });
export const wrong = client.POST('/api/v1/journal', { body: { text: 'not the field' } });
`;

let server: TestServer;
let baseUrl: string;
// Inside node_modules, so the generated code resolves openapi-fetch like a project would.
const dir = join(projectRoot, 'node_modules', '.cache', `kintsugi-api-client-${randomUUID()}`);

beforeAll(async () => {
  server = await startTestServer({ features, api: apiDescription });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  mkdirSync(dir, { recursive: true });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await server.close();
});

/** Type errors per file, from one program (loading the DOM types twice would double the time). */
function typeErrors(files: string[]): Record<string, string[]> {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  const errors: Record<string, string[]> = Object.fromEntries(files.map((file) => [file, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    (errors[diagnostic.file?.fileName ?? 'program'] ??= []).push(message);
  }
  return errors;
}

describe('a client generated from /api/openapi.json', () => {
  it('typechecks, refuses a wrong call, and signs up, starts a space and writes a journal entry', async () => {
    const document = await (await fetch(`${baseUrl}/api/openapi.json`)).json();
    writeFileSync(join(dir, 'openapi.ts'), astToString(await openapiTS(document)));
    writeFileSync(join(dir, 'usage.ts'), usage);
    writeFileSync(join(dir, 'misuse.ts'), misuse);

    const misuseFile = join(dir, 'misuse.ts');
    const { [misuseFile]: refused, ...others } = typeErrors([join(dir, 'usage.ts'), misuseFile]);
    expect(Object.values(others).flat()).toEqual([]);
    expect(refused!.join('\n')).toMatch(/'text' does not exist/);

    const js = ts.transpileModule(usage, {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    }).outputText;
    writeFileSync(join(dir, 'usage.mjs'), js);
    const { journey } = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'usage.mjs')).href);
    const email = `generated.${randomUUID()}@example.test`;
    const result = await journey(baseUrl, email);

    expect(result.statuses).toEqual([201, 201, 201, 200, 404]);
    expect(result.name).toBe('Robin');
    expect(result.spaceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.listedIds).toEqual([result.entryId]);
    expect(result.code).toBe('not_found');
  }, 120_000); // generating and typechecking the client is most of it, and takes ~10 s here
});
