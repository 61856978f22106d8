import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import { serviceWorker } from './scripts/service-worker-plugin.ts';
import { themeBootScript } from './src/platform/web/theme-boot.ts';

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

/**
 * The theme's first-paint script (theme-boot.ts) as a file of its own, named by its content like
 * the other assets, loaded by a plain blocking <script> in <head> right after the theme-color
 * meta it updates: it runs before the first paint, and the CSP still allows no inline script.
 */
function themeBoot(): Plugin {
  const path = `/assets/theme-${createHash('sha256').update(themeBootScript).digest('hex').slice(0, 10)}.js`;
  return {
    name: 'kintsugi-theme-boot',
    configureServer(server) {
      server.middlewares.use(path, (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(themeBootScript);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: path.slice(1), source: themeBootScript });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const anchor = /<meta name="theme-color"[^>]*>/;
        if (!anchor.test(html))
          throw new Error('index.html lost the theme-color meta the theme script follows');
        return html.replace(anchor, (meta) => `${meta}\n    <script src="${path}"></script>`);
      },
    },
  };
}

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
  plugins: [noServerCode, themeBoot(), serviceWorker(), precompress()],
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
    proxy: {
      '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3001}`, changeOrigin: false },
    },
  },
});
