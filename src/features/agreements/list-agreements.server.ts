import type { UserContext } from '../../platform/db/database.ts';
import type { WaitingItem } from '../../platform/server/build-server.ts';
import { agreementWaiting } from '../../content/agreements.ts';
import type { AgreementSummary } from './agreements.schema.ts';
import {
  loadAgreement,
  loadAgreements,
  toDetail,
  toSummary,
  viewContext,
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

/** For Today: answers to give, reviews that are due, and what my partner asked of us. */
export async function agreementsWaiting({ tx, userId }: UserContext): Promise<WaitingItem[]> {
  const all = await loadAgreements(tx);
  const ctx = await viewContext(tx, userId);
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
