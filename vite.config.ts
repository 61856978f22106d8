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

// The web app: Preact through the automatic JSX runtime. No plugin is needed for that;
// the dev server proxies /api to the API server started by `npm run dev`.
export default defineConfig({
  root: 'src/app',
  plugins: [noServerCode],
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
