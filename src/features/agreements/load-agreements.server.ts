import { eq, sql } from 'drizzle-orm';
import { memberships, people } from '../../platform/db/core.tables.server.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { rowsFromJson } from '../../platform/db/json-rows.ts';
import { AppError } from '../../platform/server/errors.ts';
import { localDay } from '../../platform/time/days.ts';
import { agreementDetail as detailWords, agreementErrors } from '../../content/agreements.ts';
import {
  decide,
  foldSteps,
  isInForce,
  statusOf,
  withdrawableVersion,
  type AgreementState,
  type AgreementStep,
} from './agreement-machine.ts';
import type { AgreementDetail, AgreementSummary } from './agreements.schema.ts';
import { agreementEvents, agreements, agreementVersions } from './agreements.tables.server.ts';

type Header = typeof agreements.$inferSelect;
type VersionRow = typeof agreementVersions.$inferSelect;
type EventRow = typeof agreementEvents.$inferSelect;

export interface LoadedAgreement {
  header: Header;
  versions: VersionRow[];
  events: EventRow[];
  state: AgreementState;
}

export const agreementNotFound = () => new AppError('not_found', detailWords.notFound);

export const toSteps = (events: EventRow[]): AgreementStep[] =>
  events.map((e) => ({ kind: e.kind, by: e.authorId, version: e.version }));

/** The person's own calendar day, as YYYY-MM-DD in their time zone. */
export async function todayFor(tx: Tx, userId: string, now = new Date()): Promise<string> {
  const [me] = await tx
    .select({ timeZone: people.timeZone })
    .from(people)
    .where(eq(people.id, userId));
  return localDay(now, me?.timeZone ?? 'UTC');
}

/**
 * Agreements I can read (my space now, and spaces I have left), all at once: one statement, each
 * agreement with its versions and steps as JSON (row-level security holds for every table in it).
 */
export async function loadAgreements(tx: Tx, ids?: string[]): Promise<LoadedAgreement[]> {
  if (ids && ids.length === 0) return [];
  const which = ids
    ? sql`a.id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : // The couples the read policy allows, named here so the planner uses agreements_couple_idx
      // instead of reading every couple's rows for the policy to drop (#14). By id, the key does.
      sql`a.couple_id in (select app_my_any_couple_ids())`;
  const rows = await queryRows<{ header: unknown; versions: unknown; events: unknown }>(
    tx,
    sql`select to_json(a) as header,
      (select coalesce(json_agg(v order by v.number), '[]'::json) from ${agreementVersions} v where v.agreement_id = a.id) as versions,
      (select coalesce(json_agg(e order by e.seq), '[]'::json) from ${agreementEvents} e where e.agreement_id = a.id) as events
      from ${agreements} a where ${which} order by a.created_at desc`,
  );
  return rows.map(toLoaded);
}

/** An agreement that came back as JSON (header, versions, events), with its folded state. */
export function toLoaded(row: {
  header: unknown;
  versions: unknown;
  events: unknown;
}): LoadedAgreement {
  const events = rowsFromJson(agreementEvents, row.events);
  return {
    header: rowsFromJson(agreements, row.header)[0]!,
    versions: rowsFromJson(agreementVersions, row.versions),
    events,
    state: foldSteps(toSteps(events)),
  };
}

export async function loadAgreement(tx: Tx, id: string): Promise<LoadedAgreement> {
  const [found] = await loadAgreements(tx, [id]);
  if (!found) throw agreementNotFound();
  return found;
}

interface ViewContext {
  userId: string;
  /** My space now; agreements of other (former) spaces are history. */
  coupleId: string | null;
  today: string;
}

/** My space now and my own day, in one statement (two before; issue 14, decision 172). */
export async function viewContext(tx: Tx, userId: string, now = new Date()): Promise<ViewContext> {
  const [row] = await queryRows<{ couple_id: string | null; time_zone: string | null }>(
    tx,
    sql`select (select m.couple_id from ${memberships} m
          where m.person_id = ${userId} and m.left_at is null limit 1) as couple_id,
        (select p.time_zone from ${people} p where p.id = ${userId}) as time_zone`,
  );
  return {
    userId,
    coupleId: row?.couple_id ?? null,
    today: localDay(now, row?.time_zone ?? 'UTC'),
  };
}

export function toSummary(a: LoadedAgreement, ctx: ViewContext): AgreementSummary {
  const { state, versions, events, header } = a;
  const latest = versions.find((v) => v.number === state.latest) ?? versions.at(-1)!;
  const agreed = state.agreed === null ? null : versions.find((v) => v.number === state.agreed);
  const status = statusOf(state);
  const isHistory = header.coupleId !== ctx.coupleId;
  const inForce = isInForce(state);
  const shown = agreed ?? latest;
  const mineOnLatest = (state.accepts[state.latest] ?? []).includes(ctx.userId);
  return {
    id: header.id,
    status,
    inForce,
    isHistory,
    title: shown.title,
    latestVersion: state.latest,
    agreedVersion: state.agreed,
    reviewDue:
      !isHistory &&
      inForce &&
      agreed !== null &&
      agreed !== undefined &&
      agreed.reviewOn <= ctx.today,
    reviewOn: shown.reviewOn,
    waitingForMe:
      !isHistory &&
      status !== 'retired' &&
      state.latest !== state.agreed &&
      !mineOnLatest &&
      state.declinedBy !== ctx.userId,
    createdAt: header.createdAt.toISOString(),
    updatedAt: (events.at(-1)?.createdAt ?? header.createdAt).toISOString(),
  };
}

export function toDetail(a: LoadedAgreement, ctx: ViewContext): AgreementDetail {
  const { state, versions, events } = a;
  const summary = toSummary(a, ctx);
  const me = ctx.userId;
  const yesOf = (version: number | null) => {
    const list = version === null ? [] : (state.accepts[version] ?? []);
    return { me: list.includes(me), partner: list.some((p) => p !== me) };
  };
  const who = (id: string | null) =>
    id === null ? null : id === me ? ('me' as const) : ('partner' as const);
  const can = (kind: 'accept' | 'decline' | 'revisit' | 'retire') =>
    !summary.isHistory && decide(state, { kind, by: me, version: state.latest }).ok;
  return {
    ...summary,
    versions: versions.map((v) => ({
      number: v.number,
      title: v.title,
      dailyLife: v.dailyLife,
      whySafe: v.whySafe,
      reviewOn: v.reviewOn,
      byMe: v.authorId === me,
      createdAt: v.createdAt.toISOString(),
    })),
    steps: events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      version: e.version,
      note: e.note,
      byMe: e.authorId === me,
      at: e.createdAt.toISOString(),
    })),
    latestYes: yesOf(state.latest),
    agreedYes: yesOf(state.agreed),
    revisitAskedBy: who(state.revisitBy),
    retireAsked: {
      me: state.retireVotes.includes(me),
      partner: state.retireVotes.some((p) => p !== me),
    },
    declinedBy: who(state.declinedBy),
    can: {
      accept: can('accept'),
      decline: can('decline'),
      proposeChange:
        !summary.isHistory && decide(state, { kind: 'propose', by: me, version: state.latest }).ok,
      revisit: can('revisit'),
      retire: can('retire'),
      withdraw: summary.isHistory ? null : withdrawableVersion(state, me),
    },
  };
}

/** Only agreements of my current space take new steps. */
export function requireWritable(a: LoadedAgreement, coupleId: string): void {
  if (a.header.coupleId !== coupleId) {
    throw new AppError('conflict', agreementErrors.readOnly, { reason: 'read_only' });
  }
}
