import type { PGlite, Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { pgListen, pgliteListen, type Listen } from './notify.ts';
import { openPgliteClient } from './pglite-open.ts';
import {
  batchOf,
  pgliteScopeTx,
  pgScopeTx,
  readScopeOf,
  viewerFrom,
  whoStatement,
  type Access,
  type Role,
  type Scope,
  type StatementCounter,
  type Viewer,
} from './request-scope.ts';

/** A transaction (or the owner's connection) as the operations see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Tx = PgDatabase<PgQueryResultHKT, any>;

export type Engine = 'pglite' | 'postgres';

export interface UserContext {
  tx: Tx;
  userId: string;
}

/** What a signed-in request's work receives: its transaction, its person, and that person. */
export interface SignedIn extends UserContext {
  viewer: Viewer;
}

export type { Access, StatementCounter, Viewer };

export interface Database {
  engine: Engine;
  /**
   * Runs `fn` as `kintsugi_app` for the person whose session token hashes to `tokenHash`: the
   * role, the session lookup, `app.user_id` and the viewer take one round trip. `write` (the
   * default) runs everything in one transaction, begun in that same round trip; `read` holds no
   * transaction and sends each statement in one round trip, read-only (see request-scope.ts).
   * Answers `null` (and runs nothing) when the session is unknown or expired. `counter`, when
   * given, counts the statements `fn` sends after the session lookup (BEGIN and COMMIT aside).
   */
  withUser<T>(
    tokenHash: string,
    fn: (ctx: SignedIn) => Promise<T>,
    access?: Access,
    counter?: StatementCounter,
    lock?: LockRule,
  ): Promise<T | null>;
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

/**
 * Whether `withUser` runs for a session the app lock has locked. By default it does not: it
 * throws `SessionLocked` before `fn` runs (a write rolls back). Only unlocking, locking and
 * signing out pass `'allow'` (decision 132).
 */
export type LockRule = 'refuse' | 'allow';

/** The session is locked by the app lock; the server answers 423 (see errors.ts). */
export class SessionLocked extends Error {
  constructor() {
    super('This session is locked.');
  }
}

/** The one place the lock is enforced for every signed-in statement of a request. */
function checkLock(viewer: Viewer, lock: LockRule): void {
  if (viewer.locked && lock !== 'allow') throw new SessionLocked();
}

/** Runs a raw query and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  // The two drivers type execute's answer apart; `{ rows }` is the shape both really give.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Runs `fn` as `kintsugi_system` inside the current user transaction, then drops back to
 * `kintsugi_app`: for one narrow step (like redeeming an invite) that must see across people,
 * kept atomic with the rest of the request.
 */
export async function asSystem<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  const read = readScopeOf(tx);
  if (read) {
    // A read sends the role with every statement; switch what it sends.
    read.role = 'kintsugi_system';
    try {
      return await fn();
    } finally {
      read.role = 'kintsugi_app';
    }
  }
  await tx.execute(sql`select set_config('role', 'kintsugi_system', true)`);
  const result = await fn();
  await tx.execute(sql`select set_config('role', 'kintsugi_app', true)`);
  return result;
}

/**
 * Statements whose answers nobody reads, run as `kintsugi_system` in the current write in one
 * round trip: the role, the statements, back to `kintsugi_app` (decision 173). In a read, or
 * anywhere a batch is not offered, they run one by one through `asSystem`.
 */
export async function executeAsSystem(tx: Tx, statements: SQL[]): Promise<void> {
  const batch = readScopeOf(tx) ? undefined : batchOf(tx);
  if (!batch) {
    await asSystem(tx, async () => {
      for (const statement of statements) await tx.execute(statement);
    });
    return;
  }
  await batch([
    sql`select set_config('role', 'kintsugi_system', true)`,
    ...statements,
    sql`select set_config('role', 'kintsugi_app', true)`,
  ]);
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** For tests: open this already-prepared PGlite instead of the data dir (no lock, no files). */
  pglite?: PGlite;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options);
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

  /** Runs `fn` in one PGlite transaction; `role` first when given (none: the owner). */
  const inTransaction = <T>(role: Role | null, fn: (tx: Tx) => Promise<T>) =>
    client.transaction(async (ptx) => {
      if (role) await ptx.query(`select set_config('role', '${role}', true)`);
      return inScope(fn, (scope) => pgliteScopeTx(ptx, scope, 'owner') as unknown as Tx);
    });

  return {
    engine: 'pglite',
    withUser: async (
      tokenHash,
      fn,
      access = 'write',
      counter = { statements: 0 },
      lock = 'refuse',
    ) => {
      if (!TOKEN_HASH.test(tokenHash)) return null;
      // A read runs on the instance statement by statement; a write inside one transaction.
      const signedIn = async (on: PGlite | PgliteTransaction) => {
        const viewer = viewerFrom(await on.exec(whoStatement(tokenHash)));
        if (!viewer) return null;
        checkLock(viewer, lock);
        return inScope(
          (tx) => fn({ tx, userId: viewer.id, viewer }),
          (scope) => pgliteScopeTx(on, scope, access) as unknown as Tx,
          viewer.id,
          counter,
        );
      };
      return access === 'read' ? signedIn(client) : client.transaction(signedIn);
    },
    withSystem: (fn) => inTransaction('kintsugi_system', fn),
    withOwner: (fn) => inTransaction(null, fn),
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
 * Runs `fn` with a drizzle transaction made for it by `make`, and ends that transaction's scope
 * when `fn` settles, so that a handle kept past its request refuses to run anything.
 */
async function inScope<T>(
  fn: (tx: Tx) => Promise<T>,
  make: (scope: Scope) => Tx,
  userId = '',
  counter: StatementCounter = { statements: 0 },
): Promise<T> {
  const scope: Scope = { userId, role: 'kintsugi_app', ended: false, counter };
  try {
    return await fn(make(scope));
  } finally {
    scope.ended = true;
  }
}

function openPostgres(url: string, poolSize: number): Database {
  // JIT off for every connection (decision 175): the app's statements are small, but a row-level
  // policy's subplan that never runs can still be costed over a whole table; with 100,000 couples
  // that crossed `jit_above_cost` and the weekly check-ins read spent 16 of its 16.4 ms compiling.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c jit=off' });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', () => {});

  /** Borrows a client for `fn`; `inTransaction` says whether a transaction is open to end. */
  async function borrow<T>(
    fn: (client: pg.PoolClient, open: { transaction: boolean }) => Promise<T>,
  ) {
    const client = await pool.connect();
    const open = { transaction: false };
    try {
      const result = await fn(client, open);
      if (open.transaction) await client.query('COMMIT');
      return result;
    } catch (error) {
      if (open.transaction) await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  const inTransaction = <T>(begin: string, fn: (tx: Tx) => Promise<T>) =>
    borrow(async (client, open) => {
      open.transaction = true;
      await client.query(begin);
      return inScope(fn, (scope) => pgScopeTx(client, scope, 'owner') as unknown as Tx);
    });

  return {
    engine: 'postgres',
    withUser: (tokenHash, fn, access = 'write', counter = { statements: 0 }, lock = 'refuse') => {
      if (!TOKEN_HASH.test(tokenHash)) return Promise.resolve(null);
      return borrow(async (client, open) => {
        // One round trip: (BEGIN;) role, session, user and viewer.
        open.transaction = access === 'write';
        const first = open.transaction
          ? `BEGIN; ${whoStatement(tokenHash)}`
          : whoStatement(tokenHash);
        const answer = (await client.query(first)) as pg.QueryResult | pg.QueryResult[];
        const viewer = viewerFrom(Array.isArray(answer) ? answer : [answer]);
        if (!viewer) return null;
        checkLock(viewer, lock);
        return inScope(
          (tx) => fn({ tx, userId: viewer.id, viewer }),
          (scope) => pgScopeTx(client, scope, access) as unknown as Tx,
          viewer.id,
          counter,
        );
      });
    },
    withSystem: (fn) =>
      inTransaction("BEGIN; SELECT set_config('role', 'kintsugi_system', true)", fn),
    withOwner: (fn) => inTransaction('BEGIN', fn),
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
