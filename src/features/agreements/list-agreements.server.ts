import { localDay } from '../../platform/time/days.ts';
import { sql } from 'drizzle-orm';
import { memberships, people } from '../../platform/db/core.tables.server.ts';
import type { UserContext } from '../../platform/db/database.ts';
import type { WaitingItem, WaitingPart } from '../../platform/server/build-server.ts';
import { waitingFromPart } from '../../platform/server/waiting.ts';
import { agreementWaiting } from '../../content/agreements.ts';
import type { AgreementSummary } from './agreements.schema.ts';
import { agreementEvents, agreements, agreementVersions } from './agreements.tables.server.ts';
import {
  loadAgreement,
  loadAgreements,
  toDetail,
  toLoaded,
  toSummary,
  viewContext,
  type LoadedAgreement,
} from './load-agreements.server.ts';

export async function listAgreements({ tx, userId }: UserContext): Promise<AgreementSummary[]> {
  const all = await loadAgreements(tx);
  const ctx = await viewContext(tx, userId);
  return all.map((a) => toSummary(a, ctx));
}

export async function getAgreement({
  tx,
  userId,
  agreementId,
}: UserContext & { agreementId: string }) {
  const loaded = await loadAgreement(tx, agreementId);
  const ctx = await viewContext(tx, userId);
  return toDetail(loaded, ctx);
}

/**
 * Today's part (decision 111): the agreements of my space now, each with its versions and
 * steps, and my time zone for the day a review falls due; the state machine decides in code.
 */
export const agreementsWaitingPart: WaitingPart = {
  sql: (userId) => sql`
    select 'agreement' as kind, a.id as ref, a.created_at as at, json_build_object(
        'header', to_json(a),
        'versions', (select coalesce(json_agg(v order by v.number), '[]'::json) from ${agreementVersions} v where v.agreement_id = a.id),
        'events', (select coalesce(json_agg(e order by e.seq), '[]'::json) from ${agreementEvents} e where e.agreement_id = a.id),
        'timeZone', (select p.time_zone from ${people} p where p.id = ${userId})) as data
      from ${agreements} a
      where a.couple_id = (select m.couple_id from ${memberships} m
        where m.person_id = ${userId} and m.left_at is null limit 1)`,
  read: (rows, { userId, now }) => {
    const data = rows.map((r) => r.data as AgreementJson);
    const loaded = data
      .map(toLoaded)
      .sort((x, y) => y.header.createdAt.getTime() - x.header.createdAt.getTime());
    const coupleId = loaded[0]?.header.coupleId ?? null;
    const today = localDay(now, data[0]?.timeZone ?? 'UTC');
    return waitingFrom(loaded, { userId, coupleId, today });
  },
};

/** For Today: answers to give, reviews that are due, and what my partner asked of us. */
export const agreementsWaiting = waitingFromPart(agreementsWaitingPart);

interface AgreementJson {
  header: unknown;
  versions: unknown;
  events: unknown;
  timeZone: string | null;
}

function waitingFrom(all: LoadedAgreement[], ctx: Parameters<typeof toSummary>[1]): WaitingItem[] {
  const { userId } = ctx;
  const items: WaitingItem[] = [];
  for (const a of all) {
    const s = toSummary(a, ctx);
    if (s.isHistory || s.status === 'retired') continue;
    const href = `/agreements/${s.id}`;
    const base = { id: s.id, href, at: s.updatedAt };
    const { state } = a;
    if (s.waitingForMe)
      items.push({ ...base, kind: 'agreement.answer', title: agreementWaiting.answer(s.title) });
    else if (state.retireVotes.length > 0 && !state.retireVotes.includes(userId)) {
      items.push({ ...base, kind: 'agreement.retire', title: agreementWaiting.retire(s.title) });
    } else if (
      state.revisitBy !== null &&
      state.revisitBy !== userId &&
      state.latest === state.agreed
    ) {
      items.push({ ...base, kind: 'agreement.revisit', title: agreementWaiting.revisit(s.title) });
    }
    // A due review is never silent and never expires anything: it waits here until a new date is agreed.
    if (s.reviewDue)
      items.push({
        ...base,
        id: `${s.id}:review`,
        kind: 'agreement.review',
        title: agreementWaiting.review(s.title),
        at: `${s.reviewOn}T00:00:00.000Z`,
      });
  }
  return items;
}

/** Every agreement I was part of, with every version and step, for my data export. */
export async function exportAgreements({ tx, userId }: UserContext) {
  const all = await loadAgreements(tx);
  const ctx = await viewContext(tx, userId);
  return { agreements: all.map((a) => toDetail(a, ctx)) };
}
