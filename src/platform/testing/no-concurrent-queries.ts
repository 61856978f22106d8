import { PGlite, type Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach } from 'vitest';

/**
 * A vitest setup file: a test fails when code sends a query on a connection (one transaction)
 * that is still busy with another, as `Promise.all` over one `tx` does. node-postgres queues
 * such queries, warns (from the third one on, once per process) that it is deprecated, and
 * pg@9 will refuse them; PGlite serializes them silently. So three checks, on both engines:
 * - node-postgres: `client.query()` while that client has a query in flight or queued;
 * - PGlite: a query on a transaction while another query of it has not settled;
 * - pg's own "already executing a query" deprecation warning, whatever triggered it.
 */

const PG_WARNING = 'already executing a query';
const reports: string[] = [];

function report(what: string): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const stack = new Error(what).stack ?? what;
  Error.stackTraceLimit = limit;
  // Drop this file's own frames: the first frame left is the offending call site.
  reports.push(
    stack
      .split('\n')
      .filter((line) => !line.includes('no-concurrent-queries'))
      .join('\n'),
  );
}

/** Takes (and clears) what was seen since the last call. */
export function takeConcurrentQueryReports(): string[] {
  return reports.splice(0);
}

process.on('warning', (warning) => {
  if (warning.message.includes(PG_WARNING)) report(`pg warned: ${warning.message}`);
});

// node-postgres: checked against the client's own queue, the same state its warning reads.
interface PgClientState {
  _activeQuery?: unknown;
  _queryQueue?: unknown[];
  pipeline?: boolean;
}
const probe = new pg.Client() as unknown as PgClientState;
if (!('_activeQuery' in probe) || !Array.isArray(probe._queryQueue)) {
  throw new Error('no-concurrent-queries: pg.Client internals changed; update this guard');
}
// Kept to be called with the client as `this` below.
// eslint-disable-next-line @typescript-eslint/unbound-method
const pgQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function query(this: PgClientState, ...args: unknown[]) {
  if (!this.pipeline && (this._activeQuery || (this._queryQueue?.length ?? 0) > 0)) {
    report(
      'client.query() while this client is already executing a query (one transaction, one query at a time)',
    );
  }
  return pgQuery.apply(this, args);
} as typeof pg.Client.prototype.query;

// PGlite: each transaction handed to a callback counts its unsettled queries.
const QUERY_METHODS = new Set<PropertyKey>(['query', 'sql', 'exec']);
function guardTransaction(tx: Transaction): Transaction {
  let inFlight = 0;
  return new Proxy(tx, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (!QUERY_METHODS.has(key) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (inFlight > 0) {
          report(
            `tx.${String(key)}() while this transaction is already executing a query (one query at a time)`,
          );
        }
        inFlight += 1;
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          inFlight -= 1;
        }
      };
    },
  });
}
// Kept to be called with the database as `this` below.
// eslint-disable-next-line @typescript-eslint/unbound-method
const pgliteTransaction = PGlite.prototype.transaction;
PGlite.prototype.transaction = function transaction<T>(
  this: PGlite,
  callback: (tx: Transaction) => Promise<T>,
) {
  return pgliteTransaction.call(this, (tx) => callback(guardTransaction(tx))) as Promise<T>;
};

function failOnReports(): void {
  const seen = takeConcurrentQueryReports();
  if (seen.length > 0) {
    throw new Error(
      `${seen.length} concurrent quer${seen.length === 1 ? 'y' : 'ies'} on one connection: look for ` +
        `Promise.all (or a query not awaited) over one tx in what this test calls, and await each ` +
        `query in turn. The stacks may stop inside the driver:\n\n${seen.join('\n\n')}`,
    );
  }
}

afterEach(failOnReports);
afterAll(failOnReports);
