import { eq } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import type { Tx, Viewer } from '../../platform/db/database.ts';
import { notFound } from '../../platform/server/errors.ts';
import type { Me, UpdateMeInput } from './accounts.schema.ts';

const columns = {
  id: people.id,
  email: people.email,
  displayName: people.displayName,
  timeZone: people.timeZone,
  createdAt: people.createdAt,
};

const toMe = (row: { createdAt: Date } & Omit<Me, 'createdAt'>): Me => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
});

/** Who I am: the viewer the request already loaded when it has one, else from the database. */
export async function getMe({
  tx,
  userId,
  viewer,
}: {
  tx: Tx;
  userId: string;
  viewer?: Viewer;
}): Promise<Me> {
  if (viewer) {
    const { id, email, displayName, timeZone, createdAt } = viewer;
    return toMe({ id, email, displayName, timeZone, createdAt });
  }
  const [row] = await tx.select(columns).from(people).where(eq(people.id, userId));
  if (!row) throw notFound();
  return toMe(row);
}

export async function updateMe(options: {
  tx: Tx;
  userId: string;
  input: UpdateMeInput;
}): Promise<Me> {
  const { tx, userId, input } = options;
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length === 0) return getMe({ tx, userId });
  const [row] = await tx
    .update(people)
    .set(changes)
    .where(eq(people.id, userId))
    .returning(columns);
  if (!row) throw notFound();
  return toMe(row);
}
