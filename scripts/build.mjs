// Builds the web app (Vite) into dist/web and bundles the server (esbuild) into dist/server.
// With the server it prepares dist/pglite-template, the data dir new PGlite databases are copied
// from (src/platform/db/pglite-open.ts), in a child process: kept while PGlite and the migrations
// are unchanged. Failing to prepare it only warns: new databases then fall back to initdb.
import { spawnSync } from 'node:child_process';
import { build as buildServer } from 'esbuild';
import { build as buildWeb } from 'vite';

const only = process.argv[2];
if (only !== 'server') await buildWeb({ logLevel: 'warn' });
if (only !== 'web') {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  };
  await buildServer({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/server/main.js',
  });
  await buildServer({
    ...common,
    stdin: {
      contents: `import { preparePgliteTemplate } from './src/platform/db/pglite-template.ts';
        if ((await preparePgliteTemplate()) === 'written') console.log('Prepared dist/pglite-template.');`,
      resolveDir: process.cwd(),
      sourcefile: 'prepare-pglite-template.ts',
      loader: 'ts',
    },
    outfile: 'dist/server/prepare-pglite-template.js',
  });
  const prepared = spawnSync(process.execPath, ['dist/server/prepare-pglite-template.js'], {
    stdio: 'inherit',
    timeout: 5 * 60_000,
  });
  if (prepared.status !== 0) {
    console.warn(
      'Warning: could not prepare dist/pglite-template; a new PGlite data dir will be created with ' +
        'initdb at start instead (slower, and ~800 MB of memory until the next restart).',
    );
  }
}
