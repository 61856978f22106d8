import { randomUUID } from 'node:crypto';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../platform/server/errors.ts';
import { addDays } from '../../platform/time/days.ts';
import { agreementErrors, agreementTimelineLabel } from '../../content/agreements.ts';
import { decide, type AgreementAction, type Decision } from './agreement-machine.ts';
import {
  MAX_REVIEW_WEEKS,
  type ActionInput,
  type ChangeInput,
  type ProposeInput,
} from './agreements.schema.ts';
import { agreementEvents, agreements, agreementVersions } from './agreements.tables.server.ts';
import {
  loadAgreement,
  requireWritable,
  toDetail,
  todayFor,
  viewContext,
  type LoadedAgreement,
} from './load-agreements.server.ts';

interface Ctx {
  tx: Tx;
  userId: string;
}

/** A review date must come after today (my day) and within a year: "not forever". */
async function checkReviewDate(tx: Tx, userId: string, reviewOn: string): Promise<void> {
  const today = await todayFor(tx, userId);
  if (reviewOn <= today) {
    throw new AppError('bad_request', agreementErrors.reviewPast, {
      reason: 'bad_request',
      fields: { reviewOn: agreementErrors.reviewPast },
    });
  }
  if (reviewOn > addDays(today, MAX_REVIEW_WEEKS * 7)) {
    throw new AppError('bad_request', agreementErrors.reviewTooFar, {
      reason: 'bad_request',
      fields: { reviewOn: agreementErrors.reviewTooFar },
    });
  }
}

export const staleVersion = (latest: number) =>
  new AppError('conflict', agreementErrors.stale(latest), {
    reason: 'stale_version',
    fields: { version: String(latest) },
  });

function requireDecision(
  decision: Decision,
  latest: number,
): asserts decision is Extract<Decision, { ok: true }> {
  if (decision.ok) return;
  if (decision.reason === 'stale_version') throw staleVersion(latest);
  throw new AppError('conflict', agreementErrors.notAllowed, { reason: 'not_allowed' });
}

/** Appends the decided step (and, for a proposal, its words); a concurrent step answers 409. */
async function appendStep(
  { tx, userId }: Ctx,
  loaded: LoadedAgreement,
  decision: Extract<Decision, { ok: true }>,
  extra: { note?: string | undefined; words?: ProposeInput },
): Promise<void> {
  const { header } = loaded;
  try {
    if (extra.words) {
      await tx.insert(agreementVersions).values({
        agreementId: header.id,
        coupleId: header.coupleId,
        number: decision.step.version,
        authorId: userId,
        ...extra.words,
      });
    }
    await tx.insert(agreementEvents).values({
      agreementId: header.id,
      coupleId: header.coupleId,
      seq: loaded.events.length + 1,
      authorId: userId,
      kind: decision.step.kind,
      version: decision.step.version,
      note: extra.note ? extra.note : null,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw staleVersion(loaded.state.latest + (extra.words ? 1 : 0));
    throw error;
  }
  if (decision.becameActive) {
    await recordEvent(tx, {
      coupleId: header.coupleId,
      authorId: userId,
      kind: 'agreement.active',
      label: agreementTimelineLabel,
      refId: header.id,
    });
  }
}

export async function proposeAgreement({ tx, userId, input }: Ctx & { input: ProposeInput }) {
  const { coupleId } = await requireCouple({ tx, userId });
  await requireSharingOpen(tx, coupleId);
  await checkReviewDate(tx, userId, input.reviewOn);
  // The id is made here, so the header, its first version and its first step go in without RETURNING.
  const id = randomUUID();
  await tx.insert(agreements).values({ id, coupleId, createdBy: userId });
  const loaded = await loadAgreement(tx, id);
  const decision = decide(loaded.state, { kind: 'propose', by: userId, version: 0 });
  requireDecision(decision, 0);
  await appendStep({ tx, userId }, loaded, decision, { words: input });
  return toDetail(await loadAgreement(tx, id), await viewContext(tx, userId));
}

export async function proposeChange({
  tx,
  userId,
  agreementId,
  input,
}: Ctx & { agreementId: string; input: ChangeInput }) {
  const loaded = await loadAgreement(tx, agreementId);
  const { coupleId } = await requireCouple({ tx, userId });
  requireWritable(loaded, coupleId);
  await requireSharingOpen(tx, coupleId);
  const { baseVersion, ...words } = input;
  const decision = decide(loaded.state, { kind: 'propose', by: userId, version: baseVersion });
  requireDecision(decision, loaded.state.latest);
  await checkReviewDate(tx, userId, words.reviewOn);
  await appendStep({ tx, userId }, loaded, decision, { words });
  return toDetail(await loadAgreement(tx, agreementId), await viewContext(tx, userId));
}

export async function actOnAgreement({
  tx,
  userId,
  agreementId,
  input,
}: Ctx & { agreementId: string; input: ActionInput }) {
  const loaded = await loadAgreement(tx, agreementId);
  const { coupleId } = await requireCouple({ tx, userId });
  requireWritable(loaded, coupleId);
  // During time apart nothing moves toward the partner (accepting, asking to revisit); stepping
  // back (declining, withdrawing, retiring) stays open to either of them.
  if (input.action === 'accept' || input.action === 'revisit')
    await requireSharingOpen(tx, coupleId);
  const action: AgreementAction = { kind: input.action, by: userId, version: input.version };
  const decision = decide(loaded.state, action);
  requireDecision(decision, loaded.state.latest);
  await appendStep({ tx, userId }, loaded, decision, { note: input.note });
  return toDetail(await loadAgreement(tx, agreementId), await viewContext(tx, userId));
}
