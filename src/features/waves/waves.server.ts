import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { waves as words } from '../../content/waves.ts';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import {
  guidanceInputsSql,
  readGuidanceInputs,
  type GuidanceInputs,
} from '../../platform/db/guidance.ts';
import { publishLive } from '../../platform/db/notify.ts';
import type { WaitingPart } from '../../platform/server/build-server.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import type { PlanInput, PlanPart, Wave, WaveInput, WaveNeed, WaveView } from './waves.schema.ts';
import { waveNotes, wavePlans, waves } from './waves.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

/** Each person's own live topic: "something about waves changed for you". Never any text. */
export const liveTopic = (personId: string) => `wave:${personId}`;

/** How long an unanswered wave stays on the partner's Today. */
const WAITING_DAYS = 7;

const iso = (v: string | Date | null): string | null =>
  v === null ? null : new Date(v).toISOString();
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

interface WaveRow {
  id: string;
  sender_id: string;
  need: WaveNeed | null;
  private: boolean;
  seen_at: string | null;
  created_at: string;
  note: string | null;
}
interface PlanRow {
  id: string;
  author_id: string;
  helps: string;
  ask: string;
  avoid: string;
  created_at: string;
}

const toWave = (r: WaveRow, userId: string): Wave => {
  const isMine = r.sender_id === userId;
  return {
    id: r.id,
    isMine,
    need: r.need,
    // Row-level security already keeps the partner from the notes table; this says it again.
    note: isMine ? r.note : null,
    private: r.private,
    seenAt: iso(r.seen_at),
    createdAt: iso(r.created_at)!,
  };
};

const toPart = (r: PlanRow): PlanPart => ({
  id: r.id,
  helps: r.helps,
  ask: r.ask,
  avoid: r.avoid,
  createdAt: iso(r.created_at)!,
});

/**
 * The waves screen in one statement: my waves and notes, my partner's shared waves, both plans.
 * The screen shows the newest; the export (`all`) takes every one.
 */
export async function getWaveView({
  tx,
  userId,
  all = false,
}: Options & { all?: boolean }): Promise<WaveView> {
  const [row] = await queryRows<{
    inputs: GuidanceInputs | string;
    partner_name: string | null;
    waves: WaveRow[] | string;
    plans: PlanRow[] | string;
  }>(
    tx,
    sql`select ${guidanceInputsSql} as inputs,
          (select display_name from people where id in (select app_partner_ids()) limit 1) as partner_name,
          coalesce((select json_agg(x order by x.created_at desc) from (
             select w.id, w.sender_id, w.need, w.private, w.seen_at, w.created_at, n.note
               from waves w left join wave_notes n on n.wave_id = w.id
              where w.sender_id = app_user_id()
                 or (not w.private and w.couple_id in (select app_my_couple_ids()))
              order by w.created_at desc limit ${all ? null : 50}) x), '[]'::json) as waves,
          coalesce((select json_agg(p order by p.created_at desc) from (
             select id, author_id, helps, ask, avoid, created_at from wave_plans
              where author_id = app_user_id()
                 or (author_id in (select app_partner_ids()) and couple_id in (select app_my_couple_ids()))
              order by created_at desc limit ${all ? null : 60}) p), '[]'::json) as plans`,
  );
  const inputs = readGuidanceInputs(row!.inputs);
  const plans = json(row!.plans);
  const partnerName = row!.partner_name;
  const partnerPlan = plans.find((p) => p.author_id !== userId);
  return {
    canShare: partnerName !== null && inputs.space && !inputs.paused && !inputs.solo,
    partnerName,
    guidance: inputs.stance === 'broke' || inputs.stance === 'both',
    waves: json(row!.waves).map((w) => toWave(w, userId)),
    plan: {
      mine: plans.filter((p) => p.author_id === userId).map(toPart),
      partner: partnerPlan ? toPart(partnerPlan) : null,
    },
  };
}

/** One tap: a wave, shared with my partner at once unless I keep it to myself. */
export async function sendWave({ tx, userId, input }: Options & { input: WaveInput }) {
  const { coupleId, partnerId } = await requireCouple({ tx, userId });
  const isPrivate = input.private ?? false;
  if (!isPrivate) {
    if (!partnerId) throw new AppError('conflict', words.needPartner, { reason: 'no_partner' });
    await requireSharingOpen(tx, coupleId);
  }
  const id = randomUUID();
  await tx
    .insert(waves)
    .values({ id, coupleId, senderId: userId, need: input.need ?? null, private: isPrivate });
  const note = input.note?.trim();
  if (note) await tx.insert(waveNotes).values({ waveId: id, note });
  // A mark on the timeline, never with words: no need, no note.
  await recordEvent(tx, {
    coupleId,
    authorId: userId,
    kind: 'wave',
    label: words.timelineLabel,
    refId: id,
    visibility: isPrivate ? 'private' : 'shared',
  });
  if (!isPrivate && partnerId) await publishLive(tx, liveTopic(partnerId));
  return { wave: await getWave({ tx, userId, id }) };
}

async function getWave({ tx, userId, id }: Options & { id: string }): Promise<Wave> {
  const [row] = await tx
    .select({ wave: waves, note: waveNotes.note })
    .from(waves)
    .leftJoin(waveNotes, eq(waveNotes.waveId, waves.id))
    .where(eq(waves.id, id));
  if (!row) throw notFound(words.notFound);
  const w = row.wave;
  return toWave(
    {
      id: w.id,
      sender_id: w.senderId,
      need: w.need,
      private: w.private,
      seen_at: w.seenAt?.toISOString() ?? null,
      created_at: w.createdAt.toISOString(),
      note: row.note,
    },
    userId,
  );
}

/** "I'm here": my partner's wave is answered; they see that it was seen. Nothing else changes. */
export async function answerWave({ tx, userId, id }: Options & { id: string }): Promise<Wave> {
  const [wave] = await tx
    .select({ senderId: waves.senderId, coupleId: waves.coupleId, seenAt: waves.seenAt })
    .from(waves)
    .where(and(eq(waves.id, id), ne(waves.senderId, userId), eq(waves.private, false)));
  if (!wave) throw notFound(words.notFound);
  if (!wave.seenAt) {
    await requireSharingOpen(tx, wave.coupleId);
    await tx
      .update(waves)
      .set({ seenAt: sql`now()` })
      .where(and(eq(waves.id, id), isNull(waves.seenAt)));
    await publishLive(tx, liveTopic(wave.senderId));
  }
  return getWave({ tx, userId, id });
}

/** My partner's shared waves of the last days that I have not answered yet (for Today). */
/**
 * Today's part (decision 111): my partner's shared waves I have not answered, from the last
 * days, in Today's one waiting statement.
 */
export const wavesWaitingPart: WaitingPart = {
  sql: (userId) =>
    sql`select 'wave' as kind, ${waves.id} as ref, ${waves.createdAt} as at, null as data
      from ${waves}
      where ${waves.senderId} <> ${userId} and not ${waves.private} and ${waves.seenAt} is null
        and ${waves.coupleId} in (select app_my_couple_ids())
        and ${waves.createdAt} > now() - make_interval(days => ${WAITING_DAYS})
      order by ${waves.createdAt} desc limit 5`,
  read: (rows) =>
    rows.map((row) => ({
      id: row.ref!,
      kind: 'wave',
      title: words.waitingTitle,
      href: '/waves',
      ...(row.at ? { at: row.at } : {}),
    })),
};

/** A number that grows whenever a wave or a plan I can see changes (for live screens). */
export async function getWaveVersion({ tx }: { tx: Tx }): Promise<{ version: number }> {
  const [row] = await queryRows<{ version: string | number | null }>(
    tx,
    sql`select floor(extract(epoch from greatest(
          (select max(greatest(created_at, coalesce(seen_at, created_at))) from waves),
          (select max(created_at) from wave_plans))) * 1000)::float8 as version`,
  );
  return { version: Number(row?.version ?? 0) };
}

/** A new version of my part of the wave plan; the earlier ones stay. */
export async function saveWavePlan({ tx, userId, input }: Options & { input: PlanInput }) {
  const { coupleId, partnerId } = await requireCouple({ tx, userId });
  if (!input.helps && !input.ask && !input.avoid)
    throw new AppError('bad_request', words.planEmpty, { fields: { helps: words.planEmpty } });
  await requireSharingOpen(tx, coupleId);
  const [current] = await tx
    .select()
    .from(wavePlans)
    .where(and(eq(wavePlans.authorId, userId), eq(wavePlans.coupleId, coupleId)))
    .orderBy(desc(wavePlans.createdAt))
    .limit(1);
  const same =
    current &&
    current.helps === input.helps &&
    current.ask === input.ask &&
    current.avoid === input.avoid;
  if (!same) {
    await tx.insert(wavePlans).values({ coupleId, authorId: userId, ...input });
    if (partnerId) await publishLive(tx, liveTopic(partnerId));
  }
  return (await getWaveView({ tx, userId })).plan;
}

/** For the export: my waves with my notes, my partner's shared waves (no notes), the plan. */
export async function exportWaves({ tx, userId }: Options) {
  const view = await getWaveView({ tx, userId, all: true });
  return {
    waves: view.waves,
    wavePlanMine: view.plan.mine,
    wavePlanPartner: view.plan.partner,
  };
}
