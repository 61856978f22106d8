import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgSession } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { openPgliteClient } from './pglite-open.ts';
import { pgListen, pgliteListen, type Listen } from './notify.ts';

/** A transaction (or the owner's connection) as the operations see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Tx = PgDatabase<PgQueryResultHKT, any>;

export type Engine = 'pglite' | 'postgres';

export interface UserContext {
  tx: Tx;
  userId: string;
}

export interface Database {
  engine: Engine;
  /**
   * One transaction as `kintsugi_app` for the person whose session token hashes to `tokenHash`.
   * The role, the session lookup and `app.user_id` are set in the same round trip as BEGIN.
   * Answers `null` (and runs nothing) when the session is unknown or expired.
   */
  withUser<T>(tokenHash: string, fn: (ctx: UserContext) => Promise<T>): Promise<T | null>;
  /** One transaction as `kintsugi_system`, for the few steps before anyone is signed in. */
  withSystem<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** One transaction as the connecting (owner) role: migrations, tests, backups. Not for requests. */
  withOwner<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  /** LISTEN on a channel with a connection of its own (see notify.ts); for live updates. */
  listen: Listen;
  close(): Promise<void>;
}

const TOKEN_HASH = /^[0-9a-f]{64}$/;

/** Runs a raw query and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Runs `fn` as `kintsugi_system` inside the current user transaction, then drops back to
 * `kintsugi_app`: for one narrow step (like redeeming an invite) that must see across people,
 * kept atomic with the rest of the request.
 */
export async function asSystem<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  await tx.execute(sql`select set_config('role', 'kintsugi_system', true)`);
  const result = await fn();
  await tx.execute(sql`select set_config('role', 'kintsugi_app', true)`);
  return result;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** For tests: open this already-prepared PGlite instead of the data dir (no lock, no files). */
  pglite?: PGlite;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPglite(options);
}

async function openPglite(options: OpenOptions): Promise<Database> {
  const unlock = options.pglite ? () => {} : lockDataDir(options.dataDir);
  let client: PGlite;
  try {
    client = options.pglite ?? (await openPgliteClient(options.dataDir));
  } catch (error) {
    unlock();
    throw error;
  }
  const owner = drizzlePglite(client);
  const inRole = <T>(role: string, fn: (tx: Tx) => Promise<T>) =>
    owner.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', ${role}, true)`);
      return fn(tx);
    });
  return {
    engine: 'pglite',
    withUser: (tokenHash, fn) => {
      if (!TOKEN_HASH.test(tokenHash)) return Promise.resolve(null);
      return owner.transaction(async (tx) => {
        const [row] = await queryRows<{ uid: string }>(
          tx,
          sql`select set_config('role', 'kintsugi_app', true) as role,
                     set_config('app.user_id', coalesce(app_session_user(${tokenHash})::text, ''), true) as uid`,
        );
        if (!row?.uid) return null;
        return fn({ tx, userId: row.uid });
      });
    },
    withSystem: (fn) => inRole('kintsugi_system', fn),
    withOwner: (fn) => owner.transaction(fn),
    listen: pgliteListen(client),
    ping: async () => {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      try {
        if (!options.pglite) await client.close();
      } finally {
        unlock();
      }
    },
  };
}

/**
 * The drizzle view of a client whose BEGIN we already sent ourselves (with the role and the
 * user, in one round trip). It must be a transaction object, not a database: a nested
 * `tx.transaction()` then makes a SAVEPOINT. On a plain database object it would send its own
 * BEGIN and COMMIT, ending our transaction and with it the role and the user (SET LOCAL).
 */
function inOpenTransaction(client: pg.PoolClient): Tx {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const db = drizzlePg(client) as unknown as { dialect: PgDialect; session: PgSession<any, any, any> };
  return new NodePgTransaction(db.dialect, db.session as never, undefined) as unknown as Tx;
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', () => {});

  async function inTransaction<T>(begin: string, fn: (client: pg.PoolClient) => Promise<T>) {
    const client = await pool.connect();
    try {
      await client.query(begin);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    engine: 'postgres',
    withUser: (tokenHash, fn) => {
      // The hash is our own sha256 hex, checked above; no request value is ever inlined.
      if (!TOKEN_HASH.test(tokenHash)) return Promise.resolve(null);
      return pool.connect().then(async (client) => {
        try {
          const results = (await client.query(
            `BEGIN; SELECT set_config('role', 'kintsugi_app', true) AS role,
               set_config('app.user_id', coalesce(app_session_user('${tokenHash}')::text, ''), true) AS uid`,
          )) as unknown as pg.QueryResult<{ uid: string }>[];
          const uid = results[1]?.rows[0]?.uid;
          if (!uid) {
            await client.query('ROLLBACK');
            return null;
          }
          const result = await fn({ tx: inOpenTransaction(client), userId: uid });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      });
    },
    withSystem: (fn) =>
      inTransaction("BEGIN; SELECT set_config('role', 'kintsugi_system', true)", (client) =>
        fn(inOpenTransaction(client)),
      ),
    withOwner: (fn) => inTransaction('BEGIN', (client) => fn(inOpenTransaction(client))),
    listen: pgListen(url),
    ping: async () => {
      try {
        await pool.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}
