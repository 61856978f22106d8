// Builds the web app (Vite) into dist/web and bundles the server (esbuild) into dist/server.
// With the server it prepares dist/pglite-template, the data dir new PGlite databases are copied
// from (src/platform/db/pglite-open.ts), in a child process: kept while PGlite and the migrations
// are unchanged. Failing to prepare it only warns: new databases then fall back to initdb.
//
// A full build is skipped when its inputs are unchanged since the last one (decision 163): the
// hash of every source file (tests aside), public/, drizzle/, the lockfile and the build's own
// configuration is kept in dist/.build-stamp once a full build succeeds. `npm test` builds for the
// journeys and CI builds first, so the second build of a run costs a hash instead of a minute.
// A fresh clone has no stamp and builds; `--force` (or KINTSUGI_BUILD=always) always builds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const force = args.includes('--force') || process.env.KINTSUGI_BUILD === 'always';
const only = args.find((arg) => !arg.startsWith('--'));

const STAMP = 'dist/.build-stamp';
const OUTPUTS = ['dist/server/main.js', 'dist/web/index.html', 'dist/pglite-template'];

/** Every file under `dir`, in a stable order, without tests (the build never reads them). */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return /\.test\.tsx?$/.test(entry.name) ? [] : [path];
    });
}

function inputsHash() {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  const files = [
    ...filesUnder('src'),
    ...filesUnder('public'),
    ...filesUnder('drizzle'),
    'scripts/build.mjs',
    'vite.config.ts',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ];
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(`${file}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex');
}

const hash = only ? undefined : inputsHash();
if (
  hash &&
  !force &&
  OUTPUTS.every((path) => existsSync(path)) &&
  existsSync(STAMP) &&
  readFileSync(STAMP, 'utf8').trim() === hash
) {
  console.log('dist/ is up to date with the sources: nothing to build (`--force` builds anyway).');
  process.exit(0);
}
// A build that stops half-way must not leave a stamp saying dist/ is whole.
rmSync(STAMP, { force: true });

// Loaded only when there is something to build (loading Vite alone takes seconds).
const { build: buildServer } = await import('esbuild');
const { build: buildWeb } = await import('vite');

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
if (hash) writeFileSync(STAMP, `${hash}\n`);
