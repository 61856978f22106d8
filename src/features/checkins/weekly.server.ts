import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { rowsFromJson } from '../../platform/db/json-rows.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { loadMe, sharingOpen, type Me, type Options } from './checkins-context.server.ts';
import {
  weeklyInput,
  type CheckinDayInput,
  type CheckinDaySetting,
  type ReplyInput,
  type WeeklyAnswers,
  type WeeklyInput,
  type WeeklyReply,
  type WeeklyView,
  type WeeklyWeek,
} from './checkins.schema.ts';
import { checkinSettings, weeklyCheckinReplies, weeklyCheckins } from './checkins.tables.server.ts';
import { weekStartFor, weeklyView } from './reveal.ts';

type AnswerRow = typeof weeklyCheckins.$inferSelect;
const PAST_WEEKS = 12;

function toAnswers(row: AnswerRow): WeeklyAnswers {
  return {
    id: row.id,
    appreciated: row.appreciated,
    hard: row.hard,
    need: row.need,
    agreements: row.agreements,
    together: row.together,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getCheckinDay(tx: Tx, coupleId: string | null): Promise<CheckinDaySetting> {
  if (!coupleId) return { weekday: 0, version: 0 };
  const [row] = await tx
    .select({ weekday: checkinSettings.weekday, version: checkinSettings.version })
    .from(checkinSettings)
    .where(eq(checkinSettings.coupleId, coupleId));
  return row ?? { weekday: 0, version: 0 };
}

/** The week (its first day) I'm in now, by the couple's check-in day and my own calendar. */
export async function currentWeek(
  tx: Tx,
  me: Me,
): Promise<{ setting: CheckinDaySetting; weekStart: string }> {
  const setting = await getCheckinDay(tx, me.couple?.coupleId ?? null);
  return { setting, weekStart: weekStartFor(me.today, setting.weekday) };
}

async function loadWeeks(tx: Tx, userId: string, me: Me, current: string): Promise<WeeklyWeek[]> {
  const coupleId = me.couple?.coupleId;
  if (!coupleId) return [{ weekStart: current, mine: null, partner: null, replies: [] }];
  // Row-level security shows my partner's answers only for weeks I answered; checked again below.
  // Each answer with its replies, in one statement (decision 111).
  const found = await queryRows<{ answer: unknown; replies: unknown }>(
    tx,
    sql`select to_json(w) as answer,
        (select coalesce(json_agg(r order by r.created_at, r.id), '[]'::json) from ${weeklyCheckinReplies} r
          where r.couple_id = w.couple_id and r.answer_id = w.id) as replies
      from ${weeklyCheckins} w where w.couple_id = ${coupleId}
      order by w.week_start desc limit ${(PAST_WEEKS + 1) * 2}`,
  );
  const rows = found.map((f) => rowsFromJson(weeklyCheckins, f.answer)[0]!);
  const answeredWeeks = new Set(rows.filter((r) => r.authorId === userId).map((r) => r.weekStart));
  const viewer = { id: userId, coupleId, answeredWeeks };
  const shown = found
    .map((f, i) => ({ row: rows[i]!, replies: f.replies }))
    .filter(({ row }) => weeklyView(viewer, row) !== 'hidden');
  const visible = shown.map(({ row }) => row);
  const replies = shown.flatMap(({ replies: json }) => rowsFromJson(weeklyCheckinReplies, json));
  const weeks = new Map<string, WeeklyWeek>([
    [current, { weekStart: current, mine: null, partner: null, replies: [] }],
  ]);
  for (const row of visible) {
    let week = weeks.get(row.weekStart);
    if (!week)
      weeks.set(
        row.weekStart,
        (week = { weekStart: row.weekStart, mine: null, partner: null, replies: [] }),
      );
    if (row.authorId === userId) week.mine = toAnswers(row);
    else week.partner = toAnswers(row);
  }
  const weekOfAnswer = new Map(visible.map((r) => [r.id, r.weekStart]));
  for (const reply of replies) {
    const week = weeks.get(weekOfAnswer.get(reply.answerId) ?? '');
    week?.replies.push({
      id: reply.id,
      answerId: reply.answerId,
      item: reply.item as WeeklyReply['item'],
      body: reply.body,
      isMine: reply.authorId === userId,
      updatedAt: reply.updatedAt.toISOString(),
    });
  }
  return [...weeks.values()].sort((a, b) => (a.weekStart < b.weekStart ? 1 : -1));
}

export async function getWeekly(options: Options): Promise<WeeklyView> {
  const { tx, userId } = options;
  const me = await loadMe(options);
  // The check-in day came with who I am (one round trip fewer; decision 172).
  const setting = me.checkinDay;
  const weekStart = weekStartFor(me.today, setting.weekday);
  const weeks = await loadWeeks(tx, userId, me, weekStart);
  const current = weeks.find((w) => w.weekStart === weekStart)!;
  return {
    hasPartner: Boolean(me.couple?.partnerId),
    partnerName: me.couple?.partnerId ? me.partnerName : null,
    sharingOpen: sharingOpen(me),
    setting,
    current,
    past: weeks
      .filter((w) => w.weekStart < weekStart && (w.mine || w.partner))
      .slice(0, PAST_WEEKS),
  };
}

const noPartner = () =>
  new AppError('conflict', 'The weekly check-in opens once your partner has joined your space.', {
    reason: 'no_partner',
  });

/** My answers for this week. Editable until both have answered; after that, replies instead. */
export async function saveWeekly(options: Options & { input: WeeklyInput }): Promise<WeeklyView> {
  const { tx, userId } = options;
  const input = weeklyInput.parse(options.input);
  const couple = await requireCouple({ tx, userId });
  if (!couple.partnerId) throw noPartner();
  const me = await loadMe(options);
  const { weekStart } = await currentWeek(tx, me);
  const [existing] = await tx
    .select({ id: weeklyCheckins.id })
    .from(weeklyCheckins)
    .where(
      and(
        eq(weeklyCheckins.coupleId, couple.coupleId),
        eq(weeklyCheckins.authorId, userId),
        eq(weeklyCheckins.weekStart, weekStart),
      ),
    );
  if (existing) {
    // Mine exists, so row-level security shows my partner's if they answered too.
    const [theirs] = await tx
      .select({ id: weeklyCheckins.id })
      .from(weeklyCheckins)
      .where(
        and(
          eq(weeklyCheckins.coupleId, couple.coupleId),
          eq(weeklyCheckins.weekStart, weekStart),
          sql`${weeklyCheckins.authorId} <> ${userId}`,
        ),
      );
    if (theirs) {
      throw new AppError(
        'conflict',
        'You have both answered this week. Reply to each other’s answers instead.',
        {
          reason: 'weekly_revealed',
        },
      );
    }
    await tx
      .update(weeklyCheckins)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(weeklyCheckins.id, existing.id));
  } else {
    await requireSharingOpen(tx, couple.coupleId);
    const id = randomUUID();
    try {
      await tx
        .insert(weeklyCheckins)
        .values({ id, coupleId: couple.coupleId, authorId: userId, weekStart, ...input });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('conflict', 'Your answers were just saved. Reload to see them.');
      throw error;
    }
    const [theirs] = await tx
      .select({ id: weeklyCheckins.id })
      .from(weeklyCheckins)
      .where(
        and(
          eq(weeklyCheckins.coupleId, couple.coupleId),
          eq(weeklyCheckins.weekStart, weekStart),
          sql`${weeklyCheckins.authorId} <> ${userId}`,
        ),
      );
    if (theirs) {
      await recordEvent(tx, {
        coupleId: couple.coupleId,
        authorId: userId,
        kind: 'checkin.weekly',
        label: 'Weekly check-in together',
        refId: id,
      });
    }
  }
  return getWeekly(options);
}

/** A short reply to one item of my partner's answers, once both have answered. One per item; sending again replaces it. */
export async function saveReply(
  options: Options & { answerId: string; input: ReplyInput },
): Promise<WeeklyView> {
  const { tx, userId, answerId, input } = options;
  const couple = await requireCouple({ tx, userId }).catch(() => null);
  // Visible to me under row-level security means: my partner's, and both of us answered.
  const [answer] = couple
    ? await tx
        .select({ id: weeklyCheckins.id, authorId: weeklyCheckins.authorId })
        .from(weeklyCheckins)
        .where(and(eq(weeklyCheckins.id, answerId), eq(weeklyCheckins.coupleId, couple.coupleId)))
    : [];
  if (!answer || answer.authorId === userId) throw notFound("We couldn't find that check-in.");
  await requireSharingOpen(tx, couple!.coupleId);
  await tx
    .insert(weeklyCheckinReplies)
    .values({
      coupleId: couple!.coupleId,
      answerId,
      authorId: userId,
      item: input.item,
      body: input.body,
    })
    .onConflictDoUpdate({
      target: [
        weeklyCheckinReplies.answerId,
        weeklyCheckinReplies.authorId,
        weeklyCheckinReplies.item,
      ],
      set: { body: input.body, updatedAt: sql`now()` },
    });
  return getWeekly(options);
}

const stale = (current: CheckinDaySetting) =>
  new AppError(
    'conflict',
    'Your partner changed the check-in day a moment ago. Here is the day now.',
    {
      reason: 'stale_version',
      fields: { version: String(current.version), weekday: String(current.weekday) },
    },
  );

/** The couple's check-in day: a shared setting, so a stale version answers 409 and never overwrites. */
export async function setCheckinDay(
  options: Options & { input: CheckinDayInput },
): Promise<CheckinDaySetting> {
  const { tx, userId, input } = options;
  const couple = await requireCouple({ tx, userId });
  const changed = await tx
    .update(checkinSettings)
    .set({
      weekday: input.weekday,
      version: sql`${checkinSettings.version} + 1`,
      updatedBy: userId,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(checkinSettings.coupleId, couple.coupleId),
        eq(checkinSettings.version, input.version),
      ),
    )
    .returning({ weekday: checkinSettings.weekday, version: checkinSettings.version });
  if (changed[0]) return changed[0];
  if (input.version === 0) {
    const inserted = await tx
      .insert(checkinSettings)
      .values({ coupleId: couple.coupleId, weekday: input.weekday, version: 1, updatedBy: userId })
      .onConflictDoNothing()
      .returning({ weekday: checkinSettings.weekday, version: checkinSettings.version });
    if (inserted[0]) return inserted[0];
  }
  throw stale(await getCheckinDay(tx, couple.coupleId));
}

/** My weekly answers and replies, and what was revealed to me. */
export async function exportWeekly({ tx, userId }: Options) {
  const answers = await tx.select().from(weeklyCheckins).orderBy(weeklyCheckins.weekStart);
  const answered = new Set(
    answers.filter((a) => a.authorId === userId).map((a) => `${a.coupleId}|${a.weekStart}`),
  );
  const replies = await tx
    .select()
    .from(weeklyCheckinReplies)
    .orderBy(weeklyCheckinReplies.createdAt);
  return {
    mine: answers
      .filter((a) => a.authorId === userId)
      .map((a) => ({ weekStart: a.weekStart, ...toAnswers(a) })),
    sharedWithMe: answers
      .filter((a) => a.authorId !== userId && answered.has(`${a.coupleId}|${a.weekStart}`))
      .map((a) => ({ weekStart: a.weekStart, ...toAnswers(a) })),
    replies: replies.map((r) => ({
      answerId: r.answerId,
      item: r.item,
      body: r.body,
      isMine: r.authorId === userId,
      at: r.createdAt.toISOString(),
    })),
  };
}
