// `npm run dev`: the API server restarts on every server change (node --watch through tsx) and
// Vite serves the web app with hot reload, proxying /api to it. Open the URL Vite prints.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const apiPort = process.env.API_PORT ?? '3001';
const api = spawn(process.execPath, ['--import', 'tsx', '--watch', 'src/cli/main.ts', 'serve'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort, NODE_ENV: 'development' },
});

const web = await createServer({ server: { port: Number(process.env.PORT ?? 5173) } });
await web.listen();
web.printUrls();

const stop = async () => {
  api.kill('SIGTERM');
  await web.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
