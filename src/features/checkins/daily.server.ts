import { and, desc, eq, gte, or, sql } from 'drizzle-orm';
import { dailyCheckins } from '../../platform/db/checkin.tables.server.ts';
import { sharingPaused } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { daily } from '../../content/checkins.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import {
  isPartnerWaiting,
  loadMe,
  sharingOpen,
  type Me,
  type Options,
} from './checkins-context.server.ts';
import type { DailyCheckin, DailyInput, RecentDays, TodayView } from './checkins.schema.ts';
import { dailyInput } from './checkins.schema.ts';
import { addDays, dailyView, daySpan, overlaps, type Span, type Viewer } from './reveal.ts';

type Row = typeof dailyCheckins.$inferSelect;

export function toDaily(row: Row): DailyCheckin {
  return {
    id: row.id,
    day: row.day,
    emotions: row.emotions,
    safety: row.safety,
    trust: row.trust,
    connection: row.connection,
    need: row.need,
    note: row.note,
    visibility: row.visibility,
    showWaiting: row.showWaiting,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const spanOf = (row: Row): Span => ({
  startsAt: row.dayStartsAt.getTime(),
  endsAt: row.dayEndsAt.getTime(),
});
const factsOf = (row: Row) => ({ ...row, ...spanOf(row) });

function forPartner(row: Row) {
  const { visibility: _v, showWaiting: _s, ...rest } = toDaily(row);
  return rest;
}

/**
 * My check-ins and my partner's, from `from` on. Row-level security already hides whatever is
 * not revealed to me; the pure rule (reveal.ts) is applied again here as a second lock.
 */
async function loadDays(tx: Tx, userId: string, me: Me, from: string) {
  const partnerId = me.couple?.partnerId ?? null;
  const rows = await tx
    .select()
    .from(dailyCheckins)
    .where(
      and(
        // A partner's day may sit one date either side of mine (time zones): read one more.
        gte(dailyCheckins.day, addDays(from, -1)),
        partnerId
          ? or(
              eq(dailyCheckins.authorId, userId),
              and(
                eq(dailyCheckins.authorId, partnerId),
                eq(dailyCheckins.coupleId, me.couple!.coupleId),
              ),
            )
          : eq(dailyCheckins.authorId, userId),
      ),
    )
    .orderBy(desc(dailyCheckins.day));
  const mine = rows.filter((r) => r.authorId === userId);
  const viewer: Viewer = {
    id: userId,
    coupleId: me.couple?.coupleId ?? null,
    checkedIn: mine.filter((r) => r.coupleId === me.couple?.coupleId).map(spanOf),
  };
  const theirs = rows.filter(
    (r) => r.authorId !== userId && dailyView(viewer, factsOf(r)) === 'revealed',
  );
  return { mine, theirs };
}

export async function getToday(options: Options): Promise<TodayView> {
  const { tx, userId } = options;
  const me = await loadMe(options);
  const days = await loadDays(tx, userId, me, me.today);
  return todayFrom(me, days, (today) => isPartnerWaiting(tx, today));
}

/** Today's view from who I am and the days read; `waiting` is asked only when it can matter. */
async function todayFrom(
  me: Me,
  { mine, theirs }: { mine: Row[]; theirs: Row[] },
  waiting: (today: Span) => Promise<boolean>,
): Promise<TodayView> {
  const myToday = mine.find((r) => r.day === me.today) ?? null;
  // My partner's day lived at the same time as my today (theirs may carry another date); the latest.
  const today = myToday ? spanOf(myToday) : daySpan(me.today, me.timeZone);
  const theirToday =
    theirs.filter((r) => overlaps(spanOf(r), today)).sort((x, y) => (x.day < y.day ? 1 : -1))[0] ??
    null;
  let partner: TodayView['partner'] = null;
  if (me.couple?.partnerId) {
    const isWaiting = !theirToday && !myToday && (await waiting(today));
    partner = {
      name: me.partnerName ?? '',
      status: theirToday ? 'revealed' : isWaiting ? 'waiting' : 'nothing',
      checkin: theirToday ? forPartner(theirToday) : null,
    };
  }
  return {
    day: me.today,
    hasSpace: me.couple !== null,
    sharingOpen: sharingOpen(me),
    mine: myToday ? toDaily(myToday) : null,
    partner,
  };
}

/** For a view where only "revealed" matters, or I have checked in: never "waiting". */
const notAsked = () => Promise.resolve(false);

const needsSpace = () =>
  new AppError(
    'bad_request',
    'To share a check-in, you need a shared space with your partner first.',
    {
      reason: 'no_space',
      fields: {
        visibility: 'To share a check-in, you need a shared space with your partner first.',
      },
    },
  );

// Once my partner's answers were shown to me, mine stay as I wrote them (decision 021): a change
// would rewrite what they answered beside. Choosing who sees it stays mine (unsharing is a right).
const settled = () => new AppError('conflict', daily.settledError, { reason: 'daily_revealed' });

function contentChanged(mine: DailyCheckin, input: ReturnType<typeof dailyInput.parse>): boolean {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return !(
    same(mine.emotions, input.emotions) &&
    mine.safety === input.safety &&
    mine.trust === input.trust &&
    mine.connection === input.connection &&
    same(mine.need, input.need) &&
    same(mine.note, input.note)
  );
}

/**
 * Writes (or rewrites) my check-in for my own today. Yesterday's can't be reached: it is closed.
 * Four statements (decision 173): who I am (with whether sharing is open), today's days, the
 * write, and today's days again (my partner's may show once mine is there). Whether my partner
 * lets me know one is waiting is never asked: before the write only "revealed" matters, and
 * after it I have checked in.
 */
export async function saveToday(options: Options & { input: DailyInput }): Promise<TodayView> {
  const { tx, userId } = options;
  const input = dailyInput.parse(options.input);
  const me = await loadMe(options);
  const coupleId = me.couple?.coupleId ?? null;
  if (input.visibility === 'shared' && !coupleId) throw needsSpace();
  const days = await loadDays(tx, userId, me, me.today);
  if (input.visibility === 'shared') {
    const before = days.mine.find((r) => r.day === me.today);
    if ((before?.visibility !== 'shared' || before.coupleId !== coupleId) && !sharingOpen(me))
      throw sharingPaused();
  }
  const current = await todayFrom(me, days, notAsked);
  if (current.mine && current.partner?.status === 'revealed' && contentChanged(current.mine, input))
    throw settled();
  const values = {
    coupleId,
    emotions: input.emotions,
    safety: input.safety,
    trust: input.trust,
    connection: input.connection,
    need: input.need ?? null,
    note: input.note ?? null,
    visibility: input.visibility,
    showWaiting: input.visibility === 'shared' && (input.showWaiting ?? false),
  };
  const span = daySpan(me.today, me.timeZone);
  await tx
    .insert(dailyCheckins)
    // The span is set once: the check-in answers for the day it was written in, even after travel.
    .values({
      authorId: userId,
      day: me.today,
      dayStartsAt: new Date(span.startsAt),
      dayEndsAt: new Date(span.endsAt),
      ...values,
    })
    .onConflictDoUpdate({
      target: [dailyCheckins.authorId, dailyCheckins.day],
      set: { ...values, updatedAt: sql`now()` },
    });
  return todayFrom(me, await loadDays(tx, userId, me, me.today), notAsked);
}

export async function deleteToday(options: Options): Promise<void> {
  const { tx, userId } = options;
  const me = await loadMe(options);
  const current = await todayFrom(me, await loadDays(tx, userId, me, me.today), notAsked);
  if (current.partner?.status === 'revealed') throw settled();
  const deleted = await tx
    .delete(dailyCheckins)
    .where(and(eq(dailyCheckins.authorId, userId), eq(dailyCheckins.day, me.today)))
    .returning({ id: dailyCheckins.id });
  if (deleted.length === 0) throw notFound("There's no check-in for today.");
}

/** The last four weeks, day by day where anything is there; empty days are simply absent. */
export async function listRecent(options: Options & { days?: number }): Promise<RecentDays> {
  const { tx, userId } = options;
  const me = await loadMe(options);
  const from = addDays(me.today, -((options.days ?? 28) - 1));
  const { mine, theirs } = await loadDays(tx, userId, me, from);
  const byDay = new Map<string, RecentDays['days'][number]>();
  const entry = (day: string) => {
    let e = byDay.get(day);
    if (!e) byDay.set(day, (e = { day, mine: null, partner: null }));
    return e;
  };
  for (const row of mine) entry(row.day).mine = toDaily(row);
  for (const row of theirs) entry(row.day).partner = forPartner(row);
  return {
    partnerName: me.couple?.partnerId ? me.partnerName : null,
    days: [...byDay.values()].sort((a, b) => (a.day < b.day ? 1 : -1)),
  };
}

/** Everything I wrote, and what my partner shared that is revealed to me. */
export async function exportDaily({ tx, userId }: Options) {
  const rows = await tx.select().from(dailyCheckins).orderBy(dailyCheckins.day);
  // RLS already limits rows to mine and revealed ones; keep only those two kinds.
  const own = rows.filter((r) => r.authorId === userId);
  const shared = rows
    .filter(
      (r) =>
        r.authorId !== userId &&
        r.visibility === 'shared' &&
        own.some((m) => m.coupleId === r.coupleId && overlaps(spanOf(m), spanOf(r))),
    )
    .map(forPartner);
  const mine = own.map(toDaily);
  return { mine, sharedWithMe: shared };
}
