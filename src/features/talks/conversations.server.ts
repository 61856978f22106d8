import { remind } from '../../platform/reminders/remind.server.ts';
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { talk as words } from '../../content/talks.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { keyText, olderThan, pageOf, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import { publishLive } from '../../platform/db/notify.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { requireFittingQuestion } from './questions.server.ts';
import type { Conversation, StartTalkInput } from './talks.schema.ts';
import { conversations, conversationTurns } from './talks.tables.server.ts';
import {
  activePause,
  nextStep,
  step,
  type Refusal,
  type TalkAction,
  type TalkState,
} from './turn-rules.ts';

type Row = typeof conversations.$inferSelect;
const talkNotFound = () => notFound("We couldn't find that conversation.");
export const liveTopic = (id: string) => `talk:${id}`;

async function dbNow(tx: Tx): Promise<Date> {
  const [row] = await queryRows<{ now: string | Date }>(tx, sql`select now() as now`);
  return new Date(row?.now ?? Date.now());
}

export function toState(row: Row): TalkState {
  return {
    speakerId: row.speakerId,
    listenerId: row.listenerId,
    phase: row.phase,
    round: row.round,
    pausedBy: row.pausedBy,
    pausedUntil: row.pausedUntil,
    endedAt: row.endedAt,
  };
}

/** A conversation I am (or was) part of: RLS reads with app_my_any_couple_ids(). */
async function findConversation(tx: Tx, userId: string, id: string): Promise<Row> {
  const [row] = await tx.select().from(conversations).where(eq(conversations.id, id));
  if (!row || (row.speakerId !== userId && row.listenerId !== userId)) throw talkNotFound();
  return row;
}

/**
 * When each of my spaces closed (left, or the partner left or deleted), by couple. A
 * conversation of a closed space ended then: it stays to read, and nobody can take a turn.
 */
async function closedSpaces(tx: Tx): Promise<Map<string, Date>> {
  const rows = await queryRows<{ couple_id: string; left_at: string }>(
    tx,
    sql`select couple_id, left_at from memberships where person_id = app_user_id() and left_at is not null`,
  );
  return new Map(rows.map((r) => [r.couple_id, new Date(r.left_at)]));
}
const asOfClosing = (row: Row, closed: Map<string, Date>): Row =>
  row.endedAt === null && closed.has(row.coupleId)
    ? { ...row, endedAt: closed.get(row.coupleId)! }
    : row;

export async function getConversation({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<Conversation> {
  const row = asOfClosing(await findConversation(tx, userId, id), await closedSpaces(tx));
  const now = new Date();
  const turns = await tx
    .select()
    .from(conversationTurns)
    .where(eq(conversationTurns.conversationId, id))
    .orderBy(asc(conversationTurns.createdAt));
  const names = await tx
    .select({ id: people.id, displayName: people.displayName })
    .from(people)
    .where(inArray(people.id, [row.speakerId, row.listenerId]));
  const state = toState(row);
  const pause = activePause(state, now);
  const next = nextStep(state, now);
  const nameOf = (personId: string) => names.find((n) => n.id === personId)?.displayName ?? '';
  return {
    id: row.id,
    topicId: row.topicId,
    ownQuestion: row.ownQuestion,
    people: [row.startedBy, row.startedBy === row.speakerId ? row.listenerId : row.speakerId].map(
      (pid) => ({
        id: pid,
        displayName: nameOf(pid),
        isMe: pid === userId,
      }),
    ),
    speakerId: row.speakerId,
    listenerId: row.listenerId,
    phase: row.phase,
    round: row.round,
    version: row.version,
    pause: pause
      ? { byId: pause.by, until: pause.until.toISOString(), isMine: pause.by === userId }
      : null,
    next: next ? { ...next, isMe: next.personId === userId } : null,
    endedAt: row.endedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    turns: turns.map((t) => ({
      id: t.id,
      authorId: t.authorId,
      kind: t.kind,
      body: t.body,
      round: t.round,
      createdAt: t.createdAt.toISOString(),
    })),
  };
}

/** What a live stream may tell: only the version, and only while I can still read it. */
export async function getConversationVersion({
  tx,
  userId,
  id,
}: {
  tx: Tx;
  userId: string;
  id: string;
}) {
  const row = await findConversation(tx, userId, id);
  return { version: row.version };
}

export async function listConversations(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
  limit?: number;
}) {
  return (await selectConversations({ limit: 200, ...options })).map((r) => r.summary);
}

/** One page of the conversations I am part of, the latest changed first (decision 112). */
export async function conversationsPage(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
}) {
  const rows = await selectConversations({ ...options, limit: PAGE_SIZE + 1 });
  const page = pageOf(rows, PAGE_SIZE, (r) => ({ at: r.key, id: r.summary.id }));
  return { conversations: page.items.map((r) => r.summary), next: page.next };
}

async function selectConversations(options: {
  tx: Tx;
  userId: string;
  before?: Position | undefined;
  limit: number;
}) {
  const { tx, userId, before, limit } = options;
  // When its space closed for me, if it did, rides with each row (closedSpaces in the same
  // statement, one round trip fewer; decision 172).
  const rows = await tx
    .select({
      row: conversations,
      key: keyText(conversations.updatedAt),
      closedAt: sql<string | Date | null>`(select m.left_at from memberships m
        where m.person_id = app_user_id() and m.couple_id = ${conversations.coupleId}
          and m.left_at is not null order by m.left_at desc limit 1)`,
    })
    .from(conversations)
    .where(
      and(
        or(eq(conversations.speakerId, userId), eq(conversations.listenerId, userId)),
        olderThan(conversations.updatedAt, conversations.id, before),
      ),
    )
    .orderBy(desc(conversations.updatedAt), desc(conversations.id))
    .limit(limit);
  const now = new Date();
  return rows.map(({ row, key, closedAt }) => {
    const r =
      row.endedAt === null && closedAt !== null ? { ...row, endedAt: new Date(closedAt) } : row;
    const state = toState(r);
    return {
      key,
      summary: {
        id: r.id,
        topicId: r.topicId,
        ownQuestion: r.ownQuestion,
        isEnded: r.endedAt !== null,
        isPaused: activePause(state, now) !== null,
        isMyTurn: nextStep(state, now)?.personId === userId,
        createdAt: r.createdAt.toISOString(),
        updatedAt: r.updatedAt.toISOString(),
      },
    };
  });
}

export async function startConversation({
  tx,
  userId,
  input,
}: {
  tx: Tx;
  userId: string;
  input: StartTalkInput;
}) {
  const { coupleId, partnerId } = await requireCouple({ tx, userId });
  if (!partnerId) throw new AppError('conflict', words.noPartner, { reason: 'no_partner' });
  await requireSharingOpen(tx, coupleId);
  if (input.topicId)
    await requireFittingQuestion({ tx, topicId: input.topicId, firstSpeaker: input.firstSpeaker });
  const id = randomUUID();
  const speakerId = input.firstSpeaker === 'me' ? userId : partnerId;
  await tx.insert(conversations).values({
    id,
    coupleId,
    startedBy: userId,
    topicId: input.topicId ?? null,
    ownQuestion: input.ownQuestion ?? null,
    speakerId,
    listenerId: speakerId === userId ? partnerId : userId,
  });
  if (speakerId !== userId) await remind(tx, { personId: speakerId, kind: 'turn' });
  return getConversation({ tx, userId, id });
}

const refusalError = (reason: Refusal, row: Row): AppError => {
  switch (reason) {
    case 'not_a_member':
      return talkNotFound();
    case 'ended':
      return new AppError(
        'conflict',
        'This conversation is finished. You can start a new one any time.',
        { reason: 'conversation_ended' },
      );
    case 'paused':
      return new AppError(
        'conflict',
        'A pause was asked for. The conversation waits until the time that was chosen.',
        {
          reason: 'paused',
          fields: { until: row.pausedUntil?.toISOString() ?? '' },
        },
      );
    case 'not_your_step':
      return new AppError(
        'conflict',
        'It is not your step right now. The screen shows whose it is.',
        { reason: 'not_your_turn' },
      );
    case 'empty':
      return new AppError('bad_request', 'Write something first.', {
        fields: { body: 'Write something first.' },
      });
    case 'pause_in_past':
      return new AppError('bad_request', words.pause.inPast, {
        fields: { until: words.pause.inPast },
      });
    case 'pause_too_far':
      return new AppError('bad_request', words.pause.tooFar, {
        fields: { until: words.pause.tooFar },
      });
    case 'not_paused':
      return new AppError('conflict', 'There is no pause to end.', { reason: 'not_paused' });
    case 'not_your_pause':
      return new AppError('conflict', 'Only the one who asked for the pause can end it early.', {
        reason: 'not_your_pause',
      });
  }
};

/**
 * One step of the conversation, checked by the pure rules, written only if nobody else wrote
 * in between (the version the person saw must still be current).
 */
export async function actOnConversation(options: {
  tx: Tx;
  userId: string;
  id: string;
  version: number;
  action: TalkAction;
}): Promise<Conversation> {
  const { tx, userId, id, version, action } = options;
  const row = await findConversation(tx, userId, id);
  const { coupleId } = await requireCouple({ tx, userId }).catch(() => {
    throw new AppError(
      'conflict',
      'You are no longer in this shared space, so this conversation can only be read now.',
      {
        reason: 'read_only',
      },
    );
  });
  if (coupleId !== row.coupleId) throw talkNotFound();
  // During time apart a talk waits: no turns, no resuming. Pausing or ending it stays open.
  if (action.type !== 'pause' && action.type !== 'end') await requireSharingOpen(tx, coupleId);
  const stale = () =>
    new AppError(
      'conflict',
      `Something changed while you were writing. Reload to see it (now at version ${row.version}).`,
      {
        reason: 'stale_version',
        fields: { version: String(row.version) },
      },
    );
  if (version !== row.version) throw stale();
  const now = await dbNow(tx);
  const result = step(toState(row), action, now);
  if (!result.ok) throw refusalError(result.reason, row);
  const next = result.state;
  const updated = await tx
    .update(conversations)
    .set({
      speakerId: next.speakerId,
      listenerId: next.listenerId,
      phase: next.phase,
      round: next.round,
      pausedBy: next.pausedBy,
      pausedUntil: next.pausedUntil,
      endedAt: next.endedAt,
      endedBy: result.ended ? userId : row.endedBy,
      version: row.version + 1,
      updatedAt: now,
    })
    .where(and(eq(conversations.id, id), eq(conversations.version, version)))
    .returning({ id: conversations.id });
  if (updated.length === 0) throw stale();
  if (result.turn) {
    await tx
      .insert(conversationTurns)
      .values({ conversationId: id, coupleId: row.coupleId, authorId: userId, ...result.turn });
  }
  if (result.ended) {
    await recordEvent(tx, {
      coupleId: row.coupleId,
      authorId: userId,
      kind: 'talk.held',
      label: words.timelineLabel,
      refId: id,
    });
  }
  // Whose step it is now: if it has passed to the partner, they may want to know (content-free).
  const waitingOn = result.ended ? undefined : nextStep(next, now)?.personId;
  if (waitingOn && waitingOn !== userId) await remind(tx, { personId: waitingOn, kind: 'turn' });
  await publishLive(tx, liveTopic(id));
  return getConversation({ tx, userId, id });
}

/** Open conversations where the next step is mine (for Today). */
export async function listMyTurns({ tx, userId }: { tx: Tx; userId: string }) {
  return (await listConversations({ tx, userId })).filter((c) => c.isMyTurn);
}

export async function exportConversations({ tx, userId }: { tx: Tx; userId: string }) {
  const list = await listConversations({ tx, userId, limit: 1_000_000 });
  const all: Conversation[] = [];
  for (const c of list) all.push(await getConversation({ tx, userId, id: c.id }));
  return all;
}
