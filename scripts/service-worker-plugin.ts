// Builds the service worker (src/platform/web/sw.ts, decision 164) once Vite has written the
// app: the precache list comes from Vite's own list of what it wrote (the bundle), not from
// reading the HTML or the chunks, and esbuild bundles the worker with Workbox and that list into
// one classic script, dist/web/sw.js (not hashed: browsers look for a new one at its address).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';
import { KEPT_PUBLIC_FILES, precacheEntries } from '../src/platform/web/sw-rules.ts';

const WORKER_SOURCE = 'src/platform/web/sw.ts';
const hashOf = (data: string | Uint8Array) =>
  createHash('sha256').update(data).digest('hex').slice(0, 16);

export function serviceWorker(): Plugin {
  let outDir = '';
  let publicDir = '';
  return {
    name: 'kintsugi-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    // After every file of the bundle is written, before precompress (closeBundle) runs.
    async writeBundle(_options, bundle) {
      const built = Object.values(bundle).map((file) => ({
        fileName: file.fileName,
        hash: hashOf(file.type === 'chunk' ? file.code : file.source),
      }));
      const kept = await Promise.all(
        KEPT_PUBLIC_FILES.map(async (fileName) => ({
          fileName,
          hash: hashOf(await readFile(join(publicDir, fileName))),
        })),
      );
      const manifest = precacheEntries([...built, ...kept]);
      const result = await build({
        entryPoints: [WORKER_SOURCE],
        outfile: join(outDir, 'sw.js'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning',
        write: false,
        define: {
          'self.__WB_MANIFEST': JSON.stringify(manifest),
          // Workbox's development logging goes.
          'process.env.NODE_ENV': '"production"',
        },
      });
      const [output] = result.outputFiles;
      if (!output || output.text.includes('__WB_MANIFEST'))
        throw new Error('The service worker was built without its precache list');
      await writeFile(output.path, output.contents);
    },
  };
}
