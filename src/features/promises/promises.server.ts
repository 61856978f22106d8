import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import {
  getCoupleContext,
  requireCouple,
  requireSharingOpen,
  sharingPaused,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx, type UserContext } from '../../platform/db/database.ts';
import { keyText, olderThan, pageOf, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import { rowsFromJson } from '../../platform/db/json-rows.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { memberships } from '../../platform/db/core.tables.server.ts';
import type { WaitingItem, WaitingPart } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import { AppError } from '../../platform/server/errors.ts';
import { promiseErrors, promiseWaiting } from '../../content/promises.ts';
import {
  decidePromise,
  foldPromise,
  type PromiseRefusal,
  type PromiseState,
  type PromiseStep,
} from './promise-machine.ts';
import type { MakePromiseInput, PromiseActionInput, PromiseView } from './promises.schema.ts';
import {
  promiseEvents,
  promiseMissSharing,
  promiseNoticesSeen,
  promises,
} from './promises.tables.server.ts';

type Header = typeof promises.$inferSelect;
type EventRow = typeof promiseEvents.$inferSelect;

interface Loaded {
  header: Header;
  events: EventRow[];
  state: PromiseState;
  /** Up to when I have seen my partner's "I noticed" on my promises (only when asked for). */
  noticesSeen?: number | null;
}

const notFound = () => new AppError('not_found', promiseErrors.notFound);

const toSteps = (events: EventRow[]): PromiseStep[] =>
  events.map((e) => ({
    kind: e.kind,
    by: e.authorId,
    at: e.createdAt.getTime(),
    text: e.text,
    dueAt: e.dueAt?.getTime() ?? null,
    note: e.note,
  }));

/** Promises I can see (mine, and my partner's shared ones): RLS decides, in one statement. */
async function loadPromises(
  tx: Tx,
  options: {
    ids?: string[];
    limit?: number;
    noticesSeen?: boolean;
    before?: Position | undefined;
    myCouple?: boolean;
  } = {},
): Promise<(Loaded & { key: string; myCouple: string | null })[]> {
  if (options.ids && options.ids.length === 0) return [];
  const which = options.ids
    ? sql`p.id in (${sql.join(
        options.ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : // The policy's own rule, said so an index can answer it (decision 112): mine, or my couple's.
      sql`(p.author_id = app_user_id() or p.couple_id = any(array(select app_my_couple_ids())))`;
  // One statement: each promise with its steps as JSON (row-level security holds inside it).
  const seen = options.noticesSeen
    ? sql`(select n.seen_through from ${promiseNoticesSeen} n where n.person_id = app_user_id())`
    : sql`null::timestamptz`;
  // My space now rides along when asked (the list needs it; one round trip fewer, decision 172).
  const myCouple = options.myCouple
    ? sql`(select m.couple_id from ${memberships} m
        where m.person_id = app_user_id() and m.left_at is null limit 1)`
    : sql`null::uuid`;
  const rows = await queryRows<{
    header: unknown;
    events: unknown;
    seen_through: string | Date | null;
    key: string;
    my_couple: string | null;
  }>(
    tx,
    sql`select to_json(p) as header,
      (select coalesce(json_agg(e order by e.seq), '[]'::json) from ${promiseEvents} e where e.promise_id = p.id) as events,
      ${seen} as seen_through,
      ${keyText(sql`p.created_at`)} as key,
      ${myCouple} as my_couple
      from ${promises} p where ${which} and ${olderThan(sql`p.created_at`, sql`p.id`, options.before)}
      order by p.created_at desc, p.id desc limit ${options.limit ?? 500}`,
  );
  return rows.map((row) => ({ ...toLoaded(row), key: row.key, myCouple: row.my_couple }));
}

/** A promise that came back as JSON (header and steps), with its folded state. */
function toLoaded(row: { header: unknown; events: unknown; seen_through?: unknown }): Loaded {
  const header = rowsFromJson(promises, row.header)[0]!;
  const own = rowsFromJson(promiseEvents, row.events);
  return {
    header,
    events: own,
    state: foldPromise(toSteps(own), header.visibility === 'shared'),
    noticesSeen:
      row.seen_through === null || row.seen_through === undefined
        ? null
        : new Date(row.seen_through as string).getTime(),
  };
}

async function loadPromise(tx: Tx, id: string): Promise<Loaded> {
  const [found] = await loadPromises(tx, { ids: [id] });
  if (!found) throw notFound();
  return found;
}

function toView(p: Loaded, userId: string, writable: boolean, now = Date.now()): PromiseView {
  const { state, events, header } = p;
  const can = (kind: 'keep' | 'renegotiate' | 'miss' | 'repair' | 'notice') =>
    writable &&
    decidePromise(state, { kind, by: userId, version: state.version, now, note: 'x' }).ok;
  return {
    id: header.id,
    byMe: header.authorId === userId,
    visibility: header.visibility,
    text: state.text,
    dueAt: state.dueAt === null ? null : new Date(state.dueAt).toISOString(),
    status: state.status,
    renegotiations: state.renegotiations,
    repair: state.repair,
    noticed: events
      .filter((e) => e.kind === 'noticed')
      .map((e) => ({ byMe: e.authorId === userId, word: e.note, at: e.createdAt.toISOString() })),
    version: state.version,
    createdAt: header.createdAt.toISOString(),
    updatedAt: (events.at(-1)?.createdAt ?? header.createdAt).toISOString(),
    steps: events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      text: e.text,
      dueAt: e.dueAt?.toISOString() ?? null,
      note: e.note,
      byMe: e.authorId === userId,
      at: e.createdAt.toISOString(),
    })),
    can: {
      keep: can('keep'),
      renegotiate: can('renegotiate'),
      miss: can('miss'),
      repair: can('repair'),
      notice: can('notice'),
    },
  };
}

export async function makePromise({
  tx,
  userId,
  input,
}: UserContext & { input: MakePromiseInput }): Promise<PromiseView> {
  const { coupleId } = await requireCouple({ tx, userId });
  // A private practice promise adds nothing shared, so it works during time apart too.
  if (input.visibility === 'shared') await requireSharingOpen(tx, coupleId);
  const dueAt = input.dueAt ? new Date(input.dueAt) : null;
  if (dueAt && dueAt.getTime() <= Date.now()) {
    throw new AppError('bad_request', promiseErrors.dueInPast, {
      reason: 'bad_request',
      fields: { dueAt: promiseErrors.dueInPast },
    });
  }
  const id = randomUUID();
  await tx
    .insert(promises)
    .values({ id, coupleId, authorId: userId, visibility: input.visibility });
  await tx.insert(promiseEvents).values({
    promiseId: id,
    coupleId,
    seq: 1,
    authorId: userId,
    visibility: input.visibility,
    kind: 'made',
    text: input.text,
    dueAt,
  });
  return toView(await loadPromise(tx, id), userId, true);
}

const refusal: Record<Exclude<PromiseRefusal, 'stale_version'>, () => AppError> = {
  not_allowed: () => new AppError('conflict', promiseErrors.notAllowed, { reason: 'not_allowed' }),
  too_late: () => new AppError('conflict', promiseErrors.tooLate, { reason: 'too_late' }),
  due_in_past: () =>
    new AppError('bad_request', promiseErrors.dueInPast, {
      reason: 'bad_request',
      fields: { dueAt: promiseErrors.dueInPast },
    }),
  note_needed: () =>
    new AppError('bad_request', promiseErrors.noteNeeded, {
      reason: 'bad_request',
      fields: { note: promiseErrors.noteNeeded },
    }),
};

const stale = (version: number) =>
  new AppError('conflict', promiseErrors.stale, {
    reason: 'stale_version',
    fields: { version: String(version) },
  });

export async function actOnPromise({
  tx,
  userId,
  promiseId,
  input,
}: UserContext & { promiseId: string; input: PromiseActionInput }) {
  // One statement (decision 173): the promise with its steps as I can see them, my space now and
  // whether sharing is open in it (loadPromise, getCoupleContext and requireSharingOpen before).
  const [found] = await queryRows<{
    header: unknown;
    events: unknown;
    couple_id: string | null;
    sharing_open: boolean | null;
  }>(
    tx,
    sql`select p.header, p.events, m.couple_id,
      case when m.couple_id is null then null else app_sharing_open(m.couple_id) end as sharing_open
      from (select 1) as one
      left join lateral (select to_json(p) as header,
          (select coalesce(json_agg(e order by e.seq), '[]'::json) from ${promiseEvents} e where e.promise_id = p.id) as events
        from ${promises} p where p.id = ${promiseId}::uuid) p on true
      left join lateral (select couple_id from ${memberships}
        where person_id = app_user_id() and left_at is null limit 1) m on true`,
  );
  if (!found?.header) throw notFound();
  const loaded = toLoaded(found);
  // Only promises of my current space take new steps; the rest are read-only history.
  if (!found.couple_id || found.couple_id !== loaded.header.coupleId) throw notFound();
  const decision = decidePromise(loaded.state, {
    kind: input.action,
    by: userId,
    version: input.version,
    now: Date.now(),
    ...(input.text !== undefined ? { text: input.text } : {}),
    ...(input.dueAt !== undefined
      ? { dueAt: input.dueAt === null ? null : Date.parse(input.dueAt) }
      : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  });
  if (!decision.ok)
    throw decision.reason === 'stale_version'
      ? stale(loaded.state.version)
      : refusal[decision.reason]();
  // A shared promise's steps reach the partner, so they wait for time apart to end; a private
  // practice promise is the maker's own and goes on.
  if (loaded.header.visibility === 'shared' && !found.sharing_open) throw sharingPaused();
  const { step } = decision;
  let written: EventRow;
  try {
    [written] = (await tx
      .insert(promiseEvents)
      .values({
        promiseId,
        coupleId: loaded.header.coupleId,
        seq: loaded.state.version + 1,
        authorId: userId,
        visibility: loaded.header.visibility,
        kind: step.kind,
        text: step.kind === 'renegotiated' ? (step.text ?? null) : null,
        dueAt: step.kind === 'renegotiated' && step.dueAt != null ? new Date(step.dueAt) : null,
        note: step.note ?? null,
      })
      .returning()) as [EventRow];
  } catch (error) {
    if (isUniqueViolation(error)) throw stale(loaded.state.version + 1);
    throw error;
  }
  // The promise as a fresh read would give it: the steps I could see, then mine (its author
  // always reads their own step, and a step after mine could only be written after I commit).
  const events = [...loaded.events, written];
  const after: Loaded = {
    header: loaded.header,
    events,
    state: foldPromise(toSteps(events), loaded.header.visibility === 'shared'),
  };
  return toView(after, userId, true);
}

export async function getPromise({ tx, userId, promiseId }: UserContext & { promiseId: string }) {
  const loaded = await loadPromise(tx, promiseId);
  const couple = await getCoupleContext({ tx, userId });
  return toView(loaded, userId, couple?.coupleId === loaded.header.coupleId);
}

/**
 * One page of promises I can see, newest first, cut from mine and my partner's together so both
 * lists reach back to the same point in time (decision 112).
 */
export async function listPromises({
  tx,
  userId,
  before,
}: UserContext & { before?: Position | undefined }) {
  const rows = await loadPromises(tx, { limit: PAGE_SIZE + 1, before, myCouple: true });
  const page = pageOf(rows, PAGE_SIZE, (p) => ({ at: p.key, id: p.header.id }));
  const views = page.items.map((p) => toView(p, userId, p.myCouple === p.header.coupleId));
  return {
    mine: views.filter((v) => v.byMe),
    partner: views.filter((v) => !v.byMe),
    next: page.next,
  };
}

const TWO_WEEKS = 14 * 86_400_000;

/** The newest promises of my space now that Today looks at (decision 111). */
const TODAY_WINDOW = 100;

/** The newest promises of my space now, each with its steps (RLS decides which I see, and which steps). */
export const recentPromisesSql = (userId: string) => sql`
  select * from ${promises} p
   where p.couple_id = (select m.couple_id from ${memberships} m
     where m.person_id = ${userId} and m.left_at is null limit 1)
   order by p.created_at desc limit ${sql.raw(String(TODAY_WINDOW))}`;

/** A promise `p` as JSON with its steps and how far I have seen its notices: what `read` takes. */
export const withSteps = (userId: string) => sql`json_build_object(
    'header', to_json(p),
    'events', (select coalesce(json_agg(e order by e.seq), '[]'::json) from ${promiseEvents} e where e.promise_id = p.id),
    'seen_through', (select n.seen_through from ${promiseNoticesSeen} n where n.person_id = ${userId}))`;

/**
 * Today's part (decisions 111, 171): of the newest 100 promises of my space now, only those
 * whose steps can make a waiting item come back with their steps: my partner's kept and not
 * noticed by me with a step in the last two weeks, mine kept and noticed by my partner since I
 * last looked and within two weeks, mine open with a time that has come. The promise machine
 * still decides in code (`waitingFrom`); the SQL only leaves out promises it would pass over,
 * with a day's slack on each time so the database's clock and the server's never disagree on
 * an edge (`promises.test.ts` runs the same judge over all 100 and holds the two equal).
 */
export const promisesWaitingPart: WaitingPart = {
  sql: (userId) => sql`
    select 'promise' as kind, p.id as ref, p.created_at as at, ${withSteps(userId)} as data
      from (${recentPromisesSql(userId)}) p
      cross join lateral (
        select bool_or(e.kind = 'kept') as kept,
               bool_or(e.kind = 'missed') as missed,
               bool_or(e.kind = 'noticed' and e.author_id = ${userId}) as noticed_by_me,
               max(e.created_at) as last_at,
               max(e.created_at) filter (where e.kind = 'noticed' and e.author_id <> ${userId}) as noticed_at,
               (array_agg(e.due_at order by e.seq desc) filter (where e.kind in ('made', 'renegotiated')))[1] as due_at
          from ${promiseEvents} e where e.promise_id = p.id) s
     where case when p.author_id <> ${userId}
             then s.kept and not s.noticed_by_me and s.last_at > now() - interval '15 days'
             else (s.kept and s.noticed_at > greatest(now() - interval '15 days',
                     coalesce((select n.seen_through from ${promiseNoticesSeen} n where n.person_id = ${userId}), '-infinity')))
               or (not s.kept and not s.missed and s.due_at <= now() + interval '1 day')
           end
     order by p.created_at desc`,
  read: (rows, { userId, now }) => waitingFrom(loadedFrom(rows), userId, now.getTime()),
};

function loadedFrom(rows: { data: unknown }[]): Loaded[] {
  return rows
    .map((r) => toLoaded(r.data as { header: unknown; events: unknown; seen_through: unknown }))
    .sort((x, y) => y.header.createdAt.getTime() - x.header.createdAt.getTime());
}

/**
 * For Today: my partner's kept promises I haven't answered, my own whose time has come, and my
 * kept ones my partner noticed since I last opened my promises.
 */
export const promisesWaiting = waitingFromPart(promisesWaitingPart);

function waitingFrom(recent: Loaded[], userId: string, now: number): WaitingItem[] {
  const items: WaitingItem[] = [];
  for (const p of recent) {
    const { state } = p;
    const href = `/promises#promise-${p.header.id}`;
    const last = p.events.at(-1)!.createdAt;
    if (p.header.authorId !== userId) {
      if (
        state.status === 'kept' &&
        !state.noticedBy.includes(userId) &&
        now - last.getTime() < TWO_WEEKS
      ) {
        items.push({
          id: p.header.id,
          kind: 'promise.kept',
          title: promiseWaiting.noticed(state.text),
          href,
          at: last.toISOString(),
        });
      }
    } else if (state.status === 'kept') {
      const seen = p.noticesSeen ?? 0;
      const notice = p.events
        .filter((e) => e.kind === 'noticed' && e.authorId !== userId)
        .map((e) => e.createdAt.getTime())
        .find((at) => at > seen && now - at < TWO_WEEKS);
      if (notice !== undefined)
        items.push({
          id: `${p.header.id}:noticed`,
          kind: 'promise.noticed',
          title: promiseWaiting.noticedMine(state.text),
          href,
          at: new Date(notice).toISOString(),
        });
    } else if (state.status === 'open' && state.dueAt !== null && state.dueAt <= now) {
      items.push({
        id: p.header.id,
        kind: 'promise.due',
        title: promiseWaiting.due(state.text),
        href,
        at: new Date(state.dueAt).toISOString(),
      });
    }
  }
  return items;
}

/**
 * Everything I promised (private ones too), and my partner's shared promises with every step
 * they may see (their misses only if they share them), and my own choice about sharing mine.
 */
export async function exportPromises({ tx, userId }: UserContext) {
  const all = await loadPromises(tx, { limit: 100_000 });
  const [sharing] = await tx
    .select()
    .from(promiseMissSharing)
    .where(eq(promiseMissSharing.personId, userId));
  // My "I noticed" words stay mine after the space closed, though the promise was my partner's.
  const seen = new Set(all.map((p) => p.header.id));
  const mine = await tx
    .select()
    .from(promiseEvents)
    .where(eq(promiseEvents.authorId, userId))
    .orderBy(asc(promiseEvents.createdAt));
  const noticedElsewhere = mine
    .filter((e) => e.kind === 'noticed' && !seen.has(e.promiseId))
    .map((e) => ({ word: e.note, at: e.createdAt.toISOString() }));
  return {
    promises: all.map((p) => toView(p, userId, false)),
    myMissesSharedWithPartner: Boolean(sharing),
    noticedByMe: noticedElsewhere,
  };
}

/**
 * I have seen my partner noticing my kept promises, up to `through` (the newest notice the
 * promises screen showed me): Today stops listing them. Never moves back, never past now.
 */
export async function markNoticesSeen({
  tx,
  userId,
  through,
}: UserContext & { through: string }): Promise<{ seenThrough: string }> {
  const [row] = await queryRows<{ seen_through: string | Date }>(
    tx,
    sql`insert into ${promiseNoticesSeen} (person_id, seen_through)
      values (${userId}, least(${through}::timestamptz, now()))
      on conflict (person_id) do update
        set seen_through = greatest(${promiseNoticesSeen.seenThrough}, excluded.seen_through)
      returning seen_through`,
  );
  return { seenThrough: new Date(row!.seen_through).toISOString() };
}
