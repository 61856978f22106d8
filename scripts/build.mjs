// Builds the web app (Vite) into dist/web and bundles the server (esbuild) into dist/server.
import { build as buildServer } from 'esbuild';
import { build as buildWeb } from 'vite';

const only = process.argv[2];
if (only !== 'server') await buildWeb({ logLevel: 'warn' });
if (only !== 'web') {
  await buildServer({
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/server/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
