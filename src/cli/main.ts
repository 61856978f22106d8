import { createApp } from '../app/server.ts';
import { EnvError, parseEnv } from '../platform/config/env.ts';
import { webDistDir } from '../platform/config/paths.ts';
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { openMigratedDatabase, runMigrations } from '../platform/db/migrate.ts';

const USAGE = `Usage: kintsugi <command>

Commands:
  serve     run migrations, then serve the app and its API
  migrate   apply pending database migrations and exit
`;

async function serve() {
  const env = parseEnv();
  const db = await openMigratedDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.KINTSUGI_DATA_DIR });
  const { app } = await createApp({ env, db, webDir: webDistDir });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
    } finally {
      await db.close();
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  const engine = db.engine === 'pglite' ? `embedded database in ${env.KINTSUGI_DATA_DIR}` : 'PostgreSQL';
  process.stdout.write(`Kintsugi is ready at http://${host}:${port} (${engine})\n`);
}

async function migrate() {
  const env = parseEnv();
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.KINTSUGI_DATA_DIR });
  try {
    const applied = await runMigrations(db);
    process.stdout.write(`Applied ${applied} migration(s).\n`);
  } finally {
    await db.close();
  }
}

const commands: Record<string, () => Promise<void>> = { serve, migrate };

async function main() {
  const name = process.argv[2] ?? 'serve';
  const command = commands[name];
  if (!command) {
    process.stderr.write(name === 'help' || name === '--help' ? USAGE : `Unknown command "${name}".\n\n${USAGE}`);
    process.exit(name === 'help' || name === '--help' ? 0 : 2);
  }
  await command();
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Kintsugi stopped: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
