import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** The build fails if server code (*.server.ts) is ever pulled into the browser bundle. */
const noServerCode: Plugin = {
  name: 'kintsugi-no-server-code',
  enforce: 'pre',
  load(id) {
    if (/\.server\.ts$/.test(id.split('?')[0] ?? '')) {
      this.error(`Server code must not reach the browser bundle: ${id}`);
    }
    return null;
  },
};

const COMPRESSIBLE = /\.(?:js|css|html|svg|webmanifest|json)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes a `.br` and a `.gz` beside every text file of the build, at the highest levels (done
 * once per build, so the slow levels cost nothing at request time). The server sends them to
 * clients that accept them (@fastify/static `preCompressed`). A copy that would not be smaller
 * is not written, and the server then sends the file itself.
 */
async function precompressDir(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  await Promise.all(
    files.map(async (file) => {
      const data = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < data.length) await writeFile(`${file}.br`, br);
      if (gz.length < data.length) await writeFile(`${file}.gz`, gz);
    }),
  );
}

function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kintsugi-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After everything is written, the copied public/ files included.
    closeBundle: { order: 'post', sequential: true, handler: () => precompressDir(outDir) },
  };
}

// The web app: Preact through the automatic JSX runtime. No plugin is needed for that;
// the dev server proxies /api to the API server started by `npm run dev`.
export default defineConfig({
  root: 'src/app',
  plugins: [noServerCode, precompress()],
  publicDir: '../../public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3001}`, changeOrigin: false } },
  },
});
