import { defineConfig } from 'vite';

// The web app: Preact through the automatic JSX runtime. No plugin is needed for that;
// the dev server proxies /api to the API server started by `npm run dev`.
export default defineConfig({
  root: 'src/app',
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
