import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { reminders as words, type ReminderKind } from '../../content/reminders.ts';
import { queryRows, type Database } from '../db/database.ts';
import { queueMail } from '../mail/queue-mail.server.ts';
import { queuePush } from '../push/queue-push.server.ts';
import { localDay, localTime } from '../time/days.ts';

interface Due {
  person_id: string;
  kind: ReminderKind;
  address: string;
  time_zone: string;
  wanted: boolean;
  email: boolean;
  push: boolean;
  quiet_from: string | null;
  quiet_to: string | null;
  muted: boolean;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether `time` falls in quiet hours from `from` until `to` (which may cross midnight). */
export function isQuiet(time: string, from: string | null, to: string | null): boolean {
  if (!from || !to || from === to) return false;
  return from < to ? time >= from && time < to : time >= from || time < to;
}

/**
 * Turns waiting causes into reminder mails, run by the mail worker of every server. A cause is
 * dropped if its person no longer wants it, uses Kintsugi alone or is taking time apart (nothing
 * piles up for later); it waits while their quiet hours last; otherwise one mail goes, unless
 * one of that kind already went on their day (the key of `reminders_sent`). Rows are locked with
 * SKIP LOCKED, so two servers share the work. Answers how many mails were queued.
 */
export async function dispatchReminders(options: {
  db: Database;
  origin: string;
  now?: Date;
}): Promise<number> {
  const { db, origin } = options;
  return db.withSystem(async (tx) => {
    const now = options.now ?? new Date();
    const rows = await queryRows<Due>(
      tx,
      sql`select d.person_id, d.kind, p.email as address, p.time_zone,
            coalesce(s.email, false) as email, coalesce(s.push, false) as push,
            coalesce((s.email or s.push) and case d.kind when 'letter' then s.letter when 'turn' then s.turn
              when 'weekly' then s.weekly when 'promise' then s.promise when 'review' then s.review
              else false end, false) as wanted,
            s.quiet_from, s.quiet_to,
            (exists (select 1 from solo_modes m where m.person_id = d.person_id)
             or exists (select 1 from space_pauses sp
                        join memberships ms on ms.couple_id = sp.couple_id
                          and ms.person_id = d.person_id and ms.left_at is null
                        where sp.ended_at is null and (sp.ends_at is null or sp.ends_at > now()))) as muted
          from reminders_due d
          join people p on p.id = d.person_id
          left join reminder_settings s on s.person_id = d.person_id
          order by d.caused_at limit 100
          for update of d skip locked`,
    );
    let queued = 0;
    for (const row of rows) {
      if (row.wanted && !row.muted) {
        if (isQuiet(localTime(now, row.time_zone), row.quiet_from, row.quiet_to)) continue;
        const [first] = await queryRows(
          tx,
          sql`insert into reminders_sent (person_id, kind, day)
              values (${row.person_id}, ${row.kind}, ${localDay(now, row.time_zone)})
              on conflict do nothing returning 1 as one`,
        );
        // By push too, to every device the person subscribed (decision 087).
        if (first && row.push) queued += await queuePush(tx, { personId: row.person_id });
        if (first && row.email) {
          // 32 random bytes; only the hash is kept. The address is emptied from the outbox once sent.
          const token = randomBytes(32).toString('base64url');
          await tx.execute(
            sql`insert into reminder_unsubscribes (token_hash, person_id) values (${sha256(token)}, ${row.person_id})`,
          );
          await queueMail(tx, {
            kind: 'reminder',
            to: row.address,
            subject: words.mail.subject,
            text: words.mail.text(`${origin}/`),
            listUnsubscribe: `${origin}/api/v1/reminders/unsubscribe?token=${token}`,
          });
          queued++;
        }
      }
      await tx.execute(
        sql`delete from reminders_due where person_id = ${row.person_id} and kind = ${row.kind}`,
      );
    }
    return queued;
  });
}

/** Whose reminders an unsubscribe token turns off, by its hash. */
export { sha256 as unsubscribeTokenHash };
