import {
  BackupError,
  backupPglite,
  backupPostgres,
  restorePglite,
  restorePostgres,
} from './backup.ts';
import { EnvError, parseEnv } from '../platform/config/env.ts';
import { webDistDir } from '../platform/config/paths.ts';
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts';
import { openDatabase } from '../platform/db/database.ts';
import { openMigratedDatabase, runMigrations } from '../platform/db/migrate.ts';

const USAGE = `Usage: kintsugi <command>

Commands:
  serve     run migrations, then serve the app and its API
  migrate   apply pending database migrations and exit
  backup <file>    write a backup of the whole database to <file>
                   (PostgreSQL: pg_dump; embedded: stop the server first)
  restore <file>   restore a backup into an empty database
                   (PostgreSQL: an empty DATABASE_URL; embedded: stop the server first)
`;

async function serve() {
  const env = parseEnv();
  // The app (every feature, its routes, mail, push and the log's pretty printer) is loaded only to
  // serve: migrate, backup, restore and a wrong command start without those seconds of imports.
  const [{ createApp }, { mailTransportFor }, { terminalLog }] = await Promise.all([
    import('../app/server.ts'),
    import('../platform/mail/transport.server.ts'),
    import('../platform/server/terminal-log.ts'),
  ]);
  const db = await openMigratedDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.KINTSUGI_DATA_DIR,
  });
  const transport = mailTransportFor(env);
  const logger = await terminalLog(env.LOG_LEVEL);
  const { app } = await createApp({
    env,
    db,
    webDir: webDistDir,
    mail: { transport },
    push: {},
    ...(logger ? { logger } : {}),
  });
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
  const engine =
    db.engine === 'pglite' ? `embedded database in ${env.KINTSUGI_DATA_DIR}` : 'PostgreSQL';
  process.stdout.write(`Kintsugi is ready at http://${host}:${port} (${engine})\n`);
  const setSmtp = env.SMTP_URL ? '' : '; set SMTP_URL to send it';
  process.stdout.write(`Mail goes out ${transport.describe}${setSmtp}\n`);
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

function fileArgument(command: string): string {
  const file = process.argv[3];
  if (!file) {
    process.stderr.write(`Usage: kintsugi ${command} <file>\n`);
    process.exit(2);
  }
  return file;
}

async function backup() {
  const file = fileArgument('backup');
  const env = parseEnv();
  if (env.DATABASE_URL) await backupPostgres(env.DATABASE_URL, file);
  else await backupPglite(env.KINTSUGI_DATA_DIR, file);
  process.stdout.write(
    `Backup written to ${file}. Keep it somewhere only you can reach: it holds everything.\n`,
  );
}

async function restore() {
  const file = fileArgument('restore');
  const env = parseEnv();
  if (env.DATABASE_URL) {
    await restorePostgres(env.DATABASE_URL, file);
  } else {
    const movedTo = await restorePglite(env.KINTSUGI_DATA_DIR, file);
    if (movedTo)
      process.stdout.write(`What was in ${env.KINTSUGI_DATA_DIR} before is kept in ${movedTo}.\n`);
  }
  process.stdout.write(`Restored from ${file}. Start the server with: kintsugi serve\n`);
}

const commands: Record<string, () => Promise<void>> = { serve, migrate, backup, restore };

async function main() {
  const name = process.argv[2] ?? 'serve';
  const command = commands[name];
  if (!command) {
    process.stderr.write(
      name === 'help' || name === '--help' ? USAGE : `Unknown command "${name}".\n\n${USAGE}`,
    );
    process.exit(name === 'help' || name === '--help' ? 0 : 2);
  }
  await command();
}

main().catch((error: unknown) => {
  if (
    error instanceof EnvError ||
    error instanceof DataDirLockedError ||
    error instanceof BackupError
  ) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `Kintsugi stopped: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
