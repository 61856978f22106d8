import { sql } from 'drizzle-orm';
import type { CoupleContext } from '../../platform/db/couple-context.ts';
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
  /** Whether new shared things may be added now (read with the rest, decision 111). */
  sharingOpen: boolean;
  /** Our check-in day as read with the rest (weekday 0, version 0 when none is set). */
  checkinDay: { weekday: number; version: number };
}

/** Who I am for the check-ins: my couple and partner, my time zone and my day. One statement. */
export async function loadMe({ tx, userId, now = new Date() }: Options): Promise<Me> {
  const [row] = await queryRows<{
    time_zone: string;
    couple_id: string | null;
    partner_id: string | null;
    partner_name: string | null;
    sharing_open: boolean | null;
    weekday: number | null;
    version: number | null;
  }>(
    tx,
    sql`select p.time_zone, m.couple_id, o.person_id as partner_id, pp.display_name as partner_name,
        case when m.couple_id is null then false else app_sharing_open(m.couple_id) end as sharing_open,
        cs.weekday, cs.version
      from people p
      left join memberships m on m.person_id = p.id and m.left_at is null
      left join memberships o on o.couple_id = m.couple_id and o.person_id <> p.id and o.left_at is null
      left join people pp on pp.id = o.person_id
      left join checkin_settings cs on cs.couple_id = m.couple_id
      where p.id = ${userId} limit 1`,
  );
  const couple = row?.couple_id ? { coupleId: row.couple_id, partnerId: row.partner_id } : null;
  const timeZone = row?.time_zone ?? 'UTC';
  return {
    couple,
    timeZone,
    today: localDay(now, timeZone),
    partnerName: row?.partner_name ?? null,
    sharingOpen: Boolean(row?.sharing_open),
    checkinDay:
      row?.weekday === null || row?.weekday === undefined
        ? { weekday: 0, version: 0 }
        : { weekday: Number(row.weekday), version: Number(row.version) },
  };
}

/** Whether new shared things may be added now; `loadMe` read it already. */
export function sharingOpen(me: Me): boolean {
  return me.couple ? me.sharingOpen : false;
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
