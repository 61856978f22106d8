import { and, eq, sql } from 'drizzle-orm';
import { pathLine } from '../../content/focus.ts';
import { smallActById, smallActs } from '../../content/small-acts.ts';
import type { Tx, UserContext } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { getCoupleContext, isSharingOpen } from '../../platform/db/couple-context.ts';
import { loadFocus } from '../../platform/db/focus.ts';
import { soloModes } from '../../platform/db/shared.tables.server.ts';
import { readSpacePause } from '../../platform/db/space-pause.ts';
import type { FeatureModule, WaitingItem } from '../../platform/server/build-server.ts';
import { pickAct } from './pick-act.ts';
import type { MarkInput, TodayView } from './today.schema.ts';
import { smallActMarks } from './today.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

/** Kinds of waiting items that stay while sharing is paused for someone: their own, private things. */
const PRIVATE_KINDS = ['safety.', 'journal.', 'reflection.'];

/** The person's own date today, in their time zone. */
export async function localDay(tx: Tx, userId: string): Promise<string> {
  const [row] = await queryRows<{ day: string }>(
    tx,
    sql`select to_char((now() at time zone time_zone)::date, 'YYYY-MM-DD') as day from people where id = ${userId}`,
  );
  return row!.day;
}

/** Everything waiting for me, from every feature; one feature failing never empties Today. */
async function gatherWaiting(ctx: UserContext, modules: readonly FeatureModule[]): Promise<WaitingItem[]> {
  const items: WaitingItem[] = [];
  for (const module of modules) {
    if (!module.waiting || module.name === 'today') continue;
    try {
      // A savepoint each, so a failing feature leaves the transaction usable.
      items.push(...(await ctx.tx.transaction((tx) => module.waiting!({ tx, userId: ctx.userId }))));
    } catch {
      /* that feature's items are left out this time */
    }
  }
  return items.sort((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
}

export async function getToday(options: Options & { modules: readonly FeatureModule[] }): Promise<TodayView> {
  const { tx, userId, modules } = options;
  const day = await localDay(tx, userId);
  const focus = await loadFocus(tx);
  const [mark] = await tx
    .select()
    .from(smallActMarks)
    .where(and(eq(smallActMarks.personId, userId), eq(smallActMarks.day, day)));
  // Once marked, the day's act stays what it was, even if the focus has moved since.
  const act = (mark && smallActById(mark.actId)) || pickAct({ personId: userId, day, focus, acts: smallActs });
  const [solo] = await tx.select({ id: soloModes.personId }).from(soloModes).where(eq(soloModes.personId, userId));
  const waiting = await gatherWaiting({ tx, userId }, modules);
  // Time apart (either partner paused the space): no shared reminders, only my own things.
  const space = await getCoupleContext({ tx, userId });
  const quiet = Boolean(solo) || (space !== null && !(await isSharingOpen(tx, space.coupleId)));
  return {
    day,
    act: { id: act.id, text: act.text, stage: act.stage ?? null, pattern: act.pattern ?? null },
    mark: mark?.outcome ?? null,
    focus: { stage: focus.stage, reason: focus.reason },
    pathLine: pathLine(focus.statuses),
    waiting: quiet ? waiting.filter((w) => PRIVATE_KINDS.some((k) => w.kind.startsWith(k))) : waiting,
    solo: Boolean(solo),
    timeApart: await todayPause(tx, userId),
  };
}

/** Time apart as Today tells it: on, who asked ("me" or not) and until when; never why. */
async function todayPause(tx: Tx, userId: string): Promise<TodayView['timeApart']> {
  const pause = await readSpacePause({ tx, userId });
  return pause && { startedByMe: pause.startedByMe, endsAt: pause.endsAt };
}

/** Done or let go today. No count is kept or shown; changing one's mind is fine. */
export async function markAct({ tx, userId, input }: Options & { input: MarkInput }): Promise<void> {
  const day = await localDay(tx, userId);
  await tx
    .insert(smallActMarks)
    .values({ personId: userId, day, actId: input.actId, outcome: input.outcome })
    .onConflictDoUpdate({
      target: [smallActMarks.personId, smallActMarks.day],
      set: { actId: input.actId, outcome: input.outcome, markedAt: sql`now()` },
    });
}

export async function clearMark({ tx, userId }: Options): Promise<void> {
  const day = await localDay(tx, userId);
  await tx.delete(smallActMarks).where(and(eq(smallActMarks.personId, userId), eq(smallActMarks.day, day)));
}
