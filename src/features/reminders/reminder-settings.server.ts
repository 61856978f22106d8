import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.ts';
import { reminderSettings as settingsTable } from '../../platform/db/reminders.tables.server.ts';
import type { ReminderSettings, ReminderSettingsPatch } from './reminders.schema.ts';

type Row = typeof settingsTable.$inferSelect;

const OFF: ReminderSettings = {
  channels: { email: false, push: false },
  kinds: { letter: false, turn: false, weekly: false, promise: false, review: false },
  quietHours: null,
};

function toSettings(row: Row | undefined): ReminderSettings {
  if (!row) return OFF;
  return {
    channels: { email: row.email, push: row.push },
    kinds: {
      letter: row.letter,
      turn: row.turn,
      weekly: row.weekly,
      promise: row.promise,
      review: row.review,
    },
    quietHours: row.quietFrom && row.quietTo ? { from: row.quietFrom, to: row.quietTo } : null,
  };
}

/** My reminder choices: everything off until I choose otherwise. */
export async function getReminderSettings({
  tx,
  userId,
}: {
  tx: Tx;
  userId: string;
}): Promise<ReminderSettings> {
  const [row] = await tx.select().from(settingsTable).where(eq(settingsTable.personId, userId));
  return toSettings(row);
}

/** Changes what was sent and keeps the rest. Turning email off also drops what was waiting. */
export async function updateReminderSettings(options: {
  tx: Tx;
  userId: string;
  input: ReminderSettingsPatch;
}): Promise<ReminderSettings> {
  const { tx, userId, input } = options;
  const current = await getReminderSettings({ tx, userId });
  const next: ReminderSettings = {
    channels: { ...current.channels, ...input.channels },
    kinds: { ...current.kinds, ...input.kinds },
    quietHours: input.quietHours === undefined ? current.quietHours : input.quietHours,
  };
  const values = {
    email: next.channels.email,
    push: next.channels.push,
    ...next.kinds,
    quietFrom: next.quietHours?.from ?? null,
    quietTo: next.quietHours?.to ?? null,
    updatedAt: sql`now()`,
  };
  await tx
    .insert(settingsTable)
    .values({ personId: userId, ...values })
    .onConflictDoUpdate({ target: settingsTable.personId, set: values });
  return next;
}
