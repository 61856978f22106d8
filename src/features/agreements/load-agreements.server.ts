import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { people } from '../../platform/db/core.tables.server.ts';
import { getCoupleContext } from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/server/errors.ts';
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
  const [me] = await tx.select({ timeZone: people.timeZone }).from(people).where(eq(people.id, userId));
  return dayIn(me?.timeZone ?? 'UTC', now);
}

export function dayIn(timeZone: string, at: Date): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}

/** Agreements I can read (my space now, and spaces I have left), all at once: three queries. */
export async function loadAgreements(tx: Tx, ids?: string[]): Promise<LoadedAgreement[]> {
  const headers = await tx
    .select()
    .from(agreements)
    .where(ids ? inArray(agreements.id, ids) : sql`true`)
    .orderBy(desc(agreements.createdAt));
  if (headers.length === 0) return [];
  const agreementIds = headers.map((h) => h.id);
  // One after the other: a transaction is one connection, and pg queues concurrent queries anyway.
  const versions = await tx
    .select()
    .from(agreementVersions)
    .where(inArray(agreementVersions.agreementId, agreementIds))
    .orderBy(asc(agreementVersions.number));
  const events = await tx
    .select()
    .from(agreementEvents)
    .where(inArray(agreementEvents.agreementId, agreementIds))
    .orderBy(asc(agreementEvents.seq));
  return headers.map((header) => {
    const own = events.filter((e) => e.agreementId === header.id);
    return {
      header,
      versions: versions.filter((v) => v.agreementId === header.id),
      events: own,
      state: foldSteps(toSteps(own)),
    };
  });
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

export async function viewContext(tx: Tx, userId: string): Promise<ViewContext> {
  const couple = await getCoupleContext({ tx, userId });
  const today = await todayFor(tx, userId);
  return { userId, coupleId: couple?.coupleId ?? null, today };
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
    reviewDue: !isHistory && inForce && agreed !== null && agreed !== undefined && agreed.reviewOn <= ctx.today,
    reviewOn: shown.reviewOn,
    waitingForMe:
      !isHistory && status !== 'retired' && state.latest !== state.agreed && !mineOnLatest && state.declinedBy !== ctx.userId,
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
  const who = (id: string | null) => (id === null ? null : id === me ? ('me' as const) : ('partner' as const));
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
    retireAsked: { me: state.retireVotes.includes(me), partner: state.retireVotes.some((p) => p !== me) },
    declinedBy: who(state.declinedBy),
    can: {
      accept: can('accept'),
      decline: can('decline'),
      proposeChange: !summary.isHistory && decide(state, { kind: 'propose', by: me, version: state.latest }).ok,
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

