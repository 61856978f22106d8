// A PGlite data dir opened in the bench process the way the app opens it (openDatabase in
// src/platform/db/database.ts: the data-dir lock, then the existing database or the prepared
// copy), as its owner, for seeding while no server runs on it.
import { lockDataDir } from '../../src/platform/db/data-dir-lock.ts';
import { openPgliteClient } from '../../src/platform/db/pglite-open.ts';
import type { SqlClient } from './seed-sql.ts';

export interface PgliteOwner extends SqlClient {
  /** Closes the database and gives the lock back, so that a server may open the dir again. */
  close(): Promise<void>;
}

export async function openPgliteOwner(dataDir: string): Promise<PgliteOwner> {
  const unlock = lockDataDir(dataDir);
  try {
    const client = await openPgliteClient(dataDir);
    return {
      query: (sql, params) => client.query<Record<string, unknown>>(sql, params),
      close: async () => {
        try {
          await client.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
