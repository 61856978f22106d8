// Writes the OpenAPI document (what GET /api/openapi.json answers) to a file, without a database
// or a listening server: `npm run lint:api` lints it, and a client can be generated from it
// (docs/api.md). Usage: node --import tsx scripts/api-document.ts [file], default dist/openapi.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createApp } from '../src/app/server.ts';
import { parseEnv } from '../src/platform/config/env.ts';
import type { Database } from '../src/platform/db/database.ts';

const file = resolve(process.argv[2] ?? 'dist/openapi.json');

// Building the routes touches no database; anything that tried would be a bug worth hearing about.
const noDatabase = new Proxy({} as Database, {
  get: (_target, name) => {
    if (name === 'then') return undefined;
    throw new Error(
      `The API document needs no database, but something asked it for ${String(name)}.`,
    );
  },
});

const env = parseEnv({ NODE_ENV: 'production', PUBLIC_ORIGIN: process.env.PUBLIC_ORIGIN });
const { app } = await createApp({ env, db: noDatabase, logger: false });
await app.ready();
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
console.log(`Wrote ${file}`);
