import { eq, sql } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import {
  getCoupleContext,
  isSharingOpen,
  type CoupleContext,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { localDay } from './reveal.ts';

export interface Options {
  tx: Tx;
  userId: string;
  /** The clock, for tests; the real time otherwise. */
  now?: Date;
}

export interface Me {
  couple: CoupleContext | null;
  timeZone: string;
  /** My calendar day now, in my own time zone. */
  today: string;
  partnerName: string | null;
}

/** Who I am for the check-ins: my couple and partner, my time zone and my day. */
export async function loadMe({ tx, userId, now = new Date() }: Options): Promise<Me> {
  const couple = await getCoupleContext({ tx, userId });
  const rows = await tx
    .select({ id: people.id, timeZone: people.timeZone, displayName: people.displayName })
    .from(people)
    .where(
      couple?.partnerId
        ? sql`${people.id} in (${userId}, ${couple.partnerId})`
        : eq(people.id, userId),
    );
  const me = rows.find((r) => r.id === userId);
  const partner = rows.find((r) => r.id !== userId);
  const timeZone = me?.timeZone ?? 'UTC';
  const today = localDay(now, timeZone);
  return { couple, timeZone, today, partnerName: partner?.displayName ?? null };
}

export async function sharingOpen(tx: Tx, me: Me): Promise<boolean> {
  return me.couple ? isSharingOpen(tx, me.couple.coupleId) : false;
}

/** Whether my partner has a shared check-in for a day overlapping mine, that they let me know about (yes or no only). */
export async function isPartnerWaiting(
  tx: Tx,
  day: { startsAt: number; endsAt: number },
): Promise<boolean> {
  const [starts, ends] = [new Date(day.startsAt).toISOString(), new Date(day.endsAt).toISOString()];
  const [row] = await queryRows<{ waiting: boolean }>(
    tx,
    sql`select app_partner_waiting_during(${starts}::timestamptz, ${ends}::timestamptz) as waiting`,
  );
  return row?.waiting ?? false;
}
