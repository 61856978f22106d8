/**
 * How one request's queries reach the database as the signed-in person, on either engine.
 *
 * Every request starts with one round trip that sets the role (`kintsugi_app`), resolves the
 * session to its person (`app.user_id`) and loads that person (the viewer). What follows
 * depends on the request:
 *
 * - **write** (any state-changing method): that first round trip also sends BEGIN; the
 *   operation's statements run in that one transaction, then COMMIT (or ROLLBACK).
 * - **read** (GET, HEAD): no transaction is held open. Each statement travels in one
 *   simple-protocol message behind the settings it needs (role, user, read-only), which last
 *   for exactly that message: PostgreSQL runs a multi-statement message as one implicit
 *   transaction. A read therefore costs one round trip per statement and never two; its
 *   parameters are put into the text as literals (inline-params.ts). Under READ COMMITTED
 *   each statement of a transaction sees a fresh snapshot anyway, so reads lose no
 *   consistency they had; and `transaction_read_only` makes any write in a read an error.
 *
 * The drizzle objects handed to operations are transactions (so a nested `tx.transaction()`
 * is a SAVEPOINT in write mode and a no-op in read mode, where a failed statement cannot spoil
 * the next one). Once the request's work ends they refuse further queries instead of running
 * them on a connection that someone else may be using.
 */
import type { PGlite, Results, Transaction as PgliteTx } from '@electric-sql/pglite';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { PgliteSession, PgliteTransaction } from 'drizzle-orm/pglite';
import type pg from 'pg';
import { inlineParams } from './inline-params.ts';

export type Access = 'read' | 'write';
export type Role = 'kintsugi_app' | 'kintsugi_system';

/** The signed-in person, loaded in the request's first round trip. */
export interface Viewer {
  id: string;
  email: string;
  displayName: string;
  timeZone: string;
  createdAt: Date;
  /** This session is locked by the app lock: only unlocking, locking and signing out run. */
  locked: boolean;
  /** The app lock this person set (decision 132), or null when they set none. */
  appLock: { idleMinutes: number | null; quickExit: 'sign-out' | 'lock' } | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The first statement of a request: role, session lookup, user and viewer at once. The viewer
 * comes from `app_session_viewer` (a definer function: the session and its person, nothing
 * else); the settings apply from the next statement on. No row when the session is unknown.
 */
export function whoStatement(tokenHash: string): string {
  // The hash is our own sha256 hex (checked by the caller); no request value is ever inlined.
  return `SELECT set_config('role', 'kintsugi_app', true) AS role, set_config('app.user_id', v.id::text, true) AS uid,
      v.id, v.email, v.display_name, v.time_zone, v.created_at, v.locked, v.lock_idle_minutes, v.lock_quick_exit
      FROM app_session_viewer('${tokenHash}') v`;
}

/** The viewer from the answer to `whoStatement` (the last result), or null. */
export function viewerFrom(results: readonly { rows: unknown[] }[]): Viewer | null {
  const row = results.at(-1)?.rows[0] as
    | {
        id: string;
        email: string;
        display_name: string;
        time_zone: string;
        created_at: Date | string;
        locked: boolean | null;
        lock_idle_minutes: number | null;
        lock_quick_exit: 'sign-out' | 'lock' | null;
      }
    | undefined;
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    timeZone: row.time_zone,
    createdAt: new Date(row.created_at),
    locked: row.locked === true,
    appLock: row.lock_quick_exit
      ? { idleMinutes: row.lock_idle_minutes, quickExit: row.lock_quick_exit }
      : null,
  };
}

/** What a request's drizzle objects share: who they act for, and whether the request is over. */
export interface Scope {
  userId: string;
  role: Role;
  ended: boolean;
  /** Statements sent after the session lookup (a read's no-op savepoints are not sent). */
  counter: StatementCounter;
}

/** A request's statement count, for the debug log and the statement-budget test; never the SQL. */
export interface StatementCounter {
  statements: number;
}

const SAVEPOINT = /^\s*(savepoint|release savepoint|rollback to savepoint)\b/i;
const EMPTY = Object.freeze({ rows: [], fields: [], rowCount: 0, command: '', affectedRows: 0 });

const ended = () => new Error('A database handle was used after its request ended.');

/** One read statement, with the settings it needs in front; null when it is a savepoint. */
function readStatement(scope: Scope, text: string, params: readonly unknown[]): string | null {
  if (scope.ended) throw ended();
  if (SAVEPOINT.test(text)) return null;
  if (!UUID.test(scope.userId)) throw new Error('A read needs a signed-in person.');
  return `SELECT set_config('role', '${scope.role}', true), set_config('app.user_id', '${scope.userId}', true),
    set_config('transaction_read_only', 'on', true); ${inlineParams(text, params)}`;
}

const dialect = new PgDialect();

/** Read-mode scopes by their drizzle session, so that `asSystem` can switch the role they send. */
const readScopes = new WeakMap<object, Scope>();

/** The read-mode scope behind a drizzle transaction, if it is one. */
export function readScopeOf(tx: unknown): Scope | undefined {
  return readScopes.get((tx as { session: object }).session);
}

/**
 * Sends statements whose answers nobody reads in one simple-protocol message (one round trip),
 * in order, inside a write's transaction: a failing one fails the call and the transaction, as
 * it would one at a time. Parameters go in as literals (inline-params.ts).
 */
export type Batch = (statements: SQL[]) => Promise<void>;

/** Write-mode batches by their drizzle session. */
const batches = new WeakMap<object, Batch>();

/** The batch of a write-mode (or owner) drizzle transaction; none for a read. */
export function batchOf(tx: unknown): Batch | undefined {
  return batches.get((tx as { session: object }).session);
}

function batchFor(scope: Scope, send: (text: string) => Promise<unknown>): Batch {
  return async (statements) => {
    if (scope.ended) throw ended();
    const text = statements
      .map((statement) => {
        const query = dialect.sqlToQuery(statement);
        return inlineParams(query.sql, query.params);
      })
      .join(';\n');
    scope.counter.statements += statements.length;
    await send(text);
  };
}

interface PgQueryConfig {
  text: string;
  rowMode?: 'array';
  types?: pg.CustomTypesConfig;
}

/** A drizzle transaction over a pool client, in either access mode, for one request. */
export function pgScopeTx(client: pg.PoolClient, scope: Scope, access: Access | 'owner') {
  const facade = {
    query(config: PgQueryConfig | string, values?: unknown[]) {
      if (scope.ended) return Promise.reject(ended());
      if (access !== 'read') {
        scope.counter.statements++;
        return client.query(config as never, values as never);
      }
      const text = typeof config === 'string' ? config : config.text;
      const statement = readStatement(scope, text, values ?? []);
      if (statement === null) return Promise.resolve(EMPTY);
      scope.counter.statements++;
      const options =
        typeof config === 'string' ? {} : { rowMode: config.rowMode, types: config.types };
      return client
        .query({ text: statement, ...options })
        .then((results) => (results as unknown as pg.QueryResult[]).at(-1));
    },
  };
  const session = new NodePgSession(facade as never, dialect, undefined);
  if (access === 'read') readScopes.set(session, scope);
  else
    batches.set(
      session,
      batchFor(scope, (text) => client.query(text)),
    );
  return new NodePgTransaction(dialect, session as never, undefined);
}

type PgliteClient = PGlite | PgliteTx;

/** A drizzle transaction over PGlite (a transaction in write mode, the instance in read mode). */
export function pgliteScopeTx(client: PgliteClient, scope: Scope, access: Access | 'owner') {
  const facade = {
    query(text: string, params: unknown[], options?: Record<string, unknown>): Promise<Results> {
      if (scope.ended) return Promise.reject(ended());
      if (access !== 'read') {
        scope.counter.statements++;
        return client.query(text, params, options);
      }
      const statement = readStatement(scope, text, params);
      if (statement === null) return Promise.resolve(EMPTY as unknown as Results);
      scope.counter.statements++;
      return client.exec(statement, options).then((results) => results.at(-1)!);
    },
  };
  const session = new PgliteSession(facade as never, dialect, undefined);
  if (access === 'read') readScopes.set(session, scope);
  else
    batches.set(
      session,
      batchFor(scope, (text) => client.exec(text)),
    );
  return new PgliteTransaction(dialect, session as never, undefined);
}
