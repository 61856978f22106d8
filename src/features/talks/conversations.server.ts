import { remind } from '../../platform/reminders/remind.server.ts';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, or, sql } from 'drizzle-orm';
import { talk as words } from '../../content/talks.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
  sharingPaused,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { keyText, olderThan, pageOf, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import { rowsFromJson } from '../../platform/db/json-rows.ts';
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
  // One statement (decision 173): the conversation, its turns, both names and, when my space
  // closed, when; each read under row-level security as before.
  const [found] = await queryRows<{
    row: unknown;
    turns: unknown;
    names: { id: string; display_name: string }[] | string | null;
    closed_at: string | Date | null;
  }>(
    tx,
    sql`select to_json(c) as row,
      (select coalesce(json_agg(t order by t.created_at), '[]'::json)
         from ${conversationTurns} t where t.conversation_id = c.id) as turns,
      (select json_agg(json_build_object('id', p.id, 'display_name', p.display_name))
         from ${people} p where p.id in (c.speaker_id, c.listener_id)) as names,
      (select m.left_at from memberships m
        where m.person_id = app_user_id() and m.left_at is not null and m.couple_id = c.couple_id
        order by m.left_at desc limit 1) as closed_at
      from ${conversations} c where c.id = ${id}`,
  );
  const [header] = found ? rowsFromJson(conversations, found.row) : [];
  if (!found || !header || (header.speakerId !== userId && header.listenerId !== userId))
    throw talkNotFound();
  const closed = new Map<string, Date>(
    found.closed_at === null ? [] : [[header.coupleId, new Date(found.closed_at)]],
  );
  const row = asOfClosing(header, closed);
  const now = new Date();
  const turns = rowsFromJson(conversationTurns, found.turns);
  const names = (
    typeof found.names === 'string'
      ? (JSON.parse(found.names) as { id: string; display_name: string }[])
      : (found.names ?? [])
  ).map((n) => ({ id: n.id, displayName: n.display_name }));
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
  // When its space closed for me, if it did, rides with each row (once a statement of its own; in the same
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
  // One statement (decision 173): the conversation, my space now, whether sharing is open in
  // it and the transaction's time, as findConversation, requireCouple, requireSharingOpen and
  // `now()` read them one by one before.
  const [found] = await queryRows<{
    row: unknown;
    couple_id: string | null;
    sharing_open: boolean | null;
    now: string | Date;
  }>(
    tx,
    sql`select (select to_json(c) from ${conversations} c where c.id = ${id}) as row,
      m.couple_id, case when m.couple_id is null then null else app_sharing_open(m.couple_id) end as sharing_open,
      now() as now
      from (select 1) as one
      left join lateral (select couple_id from memberships
        where person_id = app_user_id() and left_at is null limit 1) m on true`,
  );
  const [row] = found ? rowsFromJson(conversations, found.row) : [];
  if (!found || !row || (row.speakerId !== userId && row.listenerId !== userId))
    throw talkNotFound();
  const coupleId = found.couple_id;
  if (!coupleId)
    throw new AppError(
      'conflict',
      'You are no longer in this shared space, so this conversation can only be read now.',
      {
        reason: 'read_only',
      },
    );
  if (coupleId !== row.coupleId) throw talkNotFound();
  // During time apart a talk waits: no turns, no resuming. Pausing or ending it stays open.
  if (action.type !== 'pause' && action.type !== 'end' && !found.sharing_open)
    throw sharingPaused();
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
  const now = new Date(found.now);
  const result = step(toState(row), action, now);
  if (!result.ok) throw refusalError(result.reason, row);
  const next = result.state;
  // The step and its turn in one statement: the turn is written only if the step was.
  const turn = result.turn;
  const [written] = await queryRows<{ n: number }>(
    tx,
    sql`with u as (
        update ${conversations} set speaker_id = ${next.speakerId}, listener_id = ${next.listenerId},
          phase = ${next.phase}, round = ${next.round}, paused_by = ${next.pausedBy},
          paused_until = ${next.pausedUntil?.toISOString() ?? null}::timestamptz,
          ended_at = ${next.endedAt?.toISOString() ?? null}::timestamptz,
          ended_by = ${result.ended ? userId : row.endedBy}, version = ${row.version + 1},
          updated_at = ${now.toISOString()}::timestamptz
        where id = ${id} and version = ${version}
        returning id, couple_id
      )${
        turn
          ? sql`, t as (
        insert into ${conversationTurns} (conversation_id, couple_id, author_id, kind, body, round)
        select u.id, u.couple_id, ${userId}, ${turn.kind}, ${turn.body}, ${turn.round} from u
      )`
          : sql``
      }
      select count(*)::int as n from u`,
  );
  if (!written || written.n === 0) throw stale();
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
