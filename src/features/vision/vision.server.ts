import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { vision as words, visionErrors } from '../../content/vision.ts';
import {
  recordEvent,
  requireCouple,
  requireSharingOpen,
} from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import {
  daySql,
  guidanceInputsSql,
  readGuidanceInputs,
  type GuidanceInputs,
} from '../../platform/db/guidance.ts';
import type { WaitingPart } from '../../platform/server/build-server.ts';
import { AppError, notFound } from '../../platform/server/errors.ts';
import { addDays } from '../../platform/time/days.ts';
import {
  cannotApply,
  foldDraft,
  sameLines,
  type Answer,
  type AnswerEntry,
  type ProposalEntry,
} from './vision-draft.ts';
import type {
  ProposeInput,
  RevisitInput,
  RewordInput,
  SignInput,
  VisionLine,
  VisionProposal,
  VisionVersion,
  VisionView,
} from './vision.schema.ts';
import {
  visionAnswers,
  visionProposals,
  visionRevisits,
  visionSignatures,
  visionVersions,
} from './vision.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

/** How far ahead a day to look at it again may be. */
const MAX_REVISIT_DAYS = 730;

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
const iso = (v: string) => new Date(v).toISOString();

interface ProposalRow {
  id: string;
  author_id: string;
  kind: ProposalEntry['kind'];
  line_id: string | null;
  text: string;
  rewords_id: string | null;
  created_at: string;
}
interface AnswerRow {
  proposal_id: string;
  author_id: string;
  answer: Answer;
  created_at: string;
}
interface VersionRow {
  id: string;
  number: number;
  lines: VisionLine[] | string;
  created_at: string;
  signers: string[];
}

interface Loaded {
  coupleId: string | null;
  /** I am an active member of that couple (not only reading one I left). */
  active: boolean;
  inputs: GuidanceInputs;
  partnerName: string | null;
  proposals: ProposalEntry[];
  answers: AnswerEntry[];
  versions: (VersionRow & { lines: VisionLine[] })[];
  revisit: { author_id: string; revisit_on: string | null } | null;
}

/**
 * Everything of our shared future in one statement: my space now (or the one I left most
 * recently, to read), the log of proposals and answers, the versions with who signed them, and
 * the newest revisit day. Row-level security holds for every table in it.
 */
async function load({ tx }: Options): Promise<Loaded> {
  const [row] = await queryRows<{
    couple_id: string | null;
    active: boolean | null;
    inputs: GuidanceInputs | string;
    partner_name: string | null;
    proposals: ProposalRow[] | string;
    answers: AnswerRow[] | string;
    versions: VersionRow[] | string;
    revisit: Loaded['revisit'] | string | null;
  }>(
    tx,
    sql`with c as (
          select couple_id, left_at is null as active from memberships
           where person_id = app_user_id()
           order by (left_at is null) desc, joined_at desc limit 1)
        select (select couple_id from c) as couple_id, (select active from c) as active,
          ${guidanceInputsSql} as inputs,
          (select display_name from people where id in (select app_partner_ids()) limit 1) as partner_name,
          coalesce((select json_agg(p order by p.created_at, p.id) from (
             select id, author_id, kind, line_id, text, rewords_id, created_at from vision_proposals
              where couple_id = (select couple_id from c)) p), '[]'::json) as proposals,
          coalesce((select json_agg(a order by a.created_at, a.proposal_id) from (
             select proposal_id, author_id, answer, created_at from vision_answers
              where couple_id = (select couple_id from c)) a), '[]'::json) as answers,
          coalesce((select json_agg(v order by v.number desc) from (
             select v.id, v.number, v.lines, v.created_at,
                    array(select s.person_id from vision_signatures s where s.version_id = v.id) as signers
               from vision_versions v where v.couple_id = (select couple_id from c)) v), '[]'::json) as versions,
          (select row_to_json(r) from (
             select author_id, revisit_on from vision_revisits
              where couple_id = (select couple_id from c)
              order by created_at desc, id limit 1) r) as revisit`,
  );
  const r = row!;
  return {
    coupleId: r.couple_id,
    active: r.active ?? false,
    inputs: readGuidanceInputs(r.inputs),
    partnerName: r.partner_name,
    proposals: json(r.proposals).map((p) => ({
      id: p.id,
      authorId: p.author_id,
      kind: p.kind,
      lineId: p.line_id,
      text: p.text,
      rewordsId: p.rewords_id,
      createdAt: p.created_at,
    })),
    answers: json(r.answers).map((a) => ({
      proposalId: a.proposal_id,
      authorId: a.author_id,
      answer: a.answer,
      createdAt: a.created_at,
    })),
    versions: json(r.versions).map((v) => ({ ...v, lines: json(v.lines) })),
    revisit: r.revisit === null ? null : json(r.revisit),
  };
}

function toView(loaded: Loaded, userId: string): VisionView {
  const { inputs } = loaded;
  const draft = foldDraft(loaded.proposals, loaded.answers);
  const byId = new Map(loaded.proposals.map((p) => [p.id, p]));
  const toProposal = (p: ProposalEntry): VisionProposal => ({
    id: p.id,
    kind: p.kind,
    lineId: p.lineId,
    text: p.text,
    before: p.lineId ? (draft.lines.find((l) => l.id === p.lineId)?.text ?? null) : null,
    isMine: p.authorId === userId,
    rewordOf: p.rewordsId ? (byId.get(p.rewordsId)?.text ?? null) : null,
    createdAt: iso(p.createdAt),
  });
  const versions: VisionVersion[] = loaded.versions.map((v) => {
    const signedByMe = v.signers.includes(userId);
    const signedByPartner = v.signers.some((s) => s !== userId);
    return {
      number: v.number,
      lines: v.lines,
      signedByMe,
      signedByPartner,
      ours: signedByMe && signedByPartner,
      createdAt: iso(v.created_at),
    };
  });
  const current = versions.find((v) => v.ours) ?? null;
  const revisitOn = loaded.revisit?.revisit_on ?? null;
  return {
    hasSpace: loaded.coupleId !== null,
    canShare:
      loaded.active &&
      loaded.partnerName !== null &&
      inputs.space &&
      !inputs.paused &&
      !inputs.solo,
    partnerName: loaded.partnerName,
    lines: draft.lines,
    draft: draft.draft,
    pending: draft.pending.map(toProposal),
    current,
    versions,
    revisit:
      revisitOn === null
        ? null
        : {
            on: revisitOn,
            setByMe: loaded.revisit!.author_id === userId,
            due: revisitOn <= inputs.day,
          },
    today: inputs.day,
  };
}

export async function getVision({ tx, userId }: Options): Promise<VisionView> {
  return toView(await load({ tx, userId }), userId);
}

/** What every write needs: my space now with my partner in it, and sharing open. */
async function requireWritable({ tx, userId }: Options) {
  const { coupleId, partnerId } = await requireCouple({ tx, userId });
  if (!partnerId)
    throw new AppError('conflict', visionErrors.needPartner, { reason: 'no_partner' });
  await requireSharingOpen(tx, coupleId);
  return { coupleId, partnerId };
}

/**
 * A proposal I can see, in the space I am writing in now: one of another couple (or of a space I
 * left) answers 404 whoever asks, before anything about my own space is said.
 */
async function requireProposalWritable({ tx, userId, id }: Options & { id: string }) {
  const [seen] = await tx
    .select({ coupleId: visionProposals.coupleId })
    .from(visionProposals)
    .where(sql`${visionProposals.id} = ${id}`);
  if (!seen) throw notFound(visionErrors.proposalNotFound);
  const { coupleId } = await requireWritable({ tx, userId });
  if (coupleId !== seen.coupleId) throw notFound(visionErrors.proposalNotFound);
  return coupleId;
}

/** A new line, new words for a line, or taking one out: waits for my partner's answer. */
export async function proposeLine({ tx, userId, input }: Options & { input: ProposeInput }) {
  const { coupleId } = await requireWritable({ tx, userId });
  const { lines } = foldDraft(...(await logOf(tx, coupleId)));
  const kind = input.remove ? 'remove' : input.lineId ? 'change' : 'add';
  if (input.lineId) {
    const line = lines.find((l) => l.id === input.lineId);
    if (!line)
      throw new AppError('not_found', visionErrors.lineNotFound, { reason: 'line_not_found' });
    if (kind === 'change' && line.text === input.text)
      throw new AppError('bad_request', visionErrors.sameWords, {
        fields: { text: visionErrors.sameWords },
      });
  }
  await tx.insert(visionProposals).values({
    coupleId,
    authorId: userId,
    kind,
    lineId: input.lineId ?? null,
    text: input.text ?? '',
  });
  return getVision({ tx, userId });
}

/** The log of one couple, in the order it was made (for deciding inside a write). */
async function logOf(tx: Tx, coupleId: string): Promise<[ProposalEntry[], AnswerEntry[]]> {
  const proposals = await tx
    .select()
    .from(visionProposals)
    .where(sql`${visionProposals.coupleId} = ${coupleId}`)
    .orderBy(visionProposals.createdAt, visionProposals.id);
  const answers = await tx
    .select()
    .from(visionAnswers)
    .where(sql`${visionAnswers.coupleId} = ${coupleId}`)
    .orderBy(visionAnswers.createdAt, visionAnswers.proposalId);
  return [
    proposals.map((p) => ({
      id: p.id,
      authorId: p.authorId,
      kind: p.kind,
      lineId: p.lineId,
      text: p.text,
      rewordsId: p.rewordsId,
      createdAt: p.createdAt.toISOString(),
    })),
    answers.map((a) => ({
      proposalId: a.proposalId,
      authorId: a.authorId,
      answer: a.answer,
      createdAt: a.createdAt.toISOString(),
    })),
  ];
}

export type AnswerAction = 'accept' | 'decline' | 'withdraw';

/**
 * Answers a proposal still waiting: only my partner's I accept or decline, only my own I take
 * back. Someone else's (or one I cannot see) answers 404.
 */
export async function answerProposal({
  tx,
  userId,
  id,
  action,
}: Options & { id: string; action: AnswerAction }): Promise<VisionView> {
  const coupleId = await requireProposalWritable({ tx, userId, id });
  const [proposals, answers] = await logOf(tx, coupleId);
  const proposal = proposals.find((p) => p.id === id);
  if (!proposal) throw notFound(visionErrors.proposalNotFound);
  if (answers.some((a) => a.proposalId === id))
    throw new AppError('conflict', visionErrors.answered, { reason: 'answered' });
  const mine = proposal.authorId === userId;
  if (action === 'withdraw' && !mine)
    throw new AppError('forbidden', visionErrors.notOwnProposal, { reason: 'not_yours' });
  if (action !== 'withdraw' && mine)
    throw new AppError('forbidden', visionErrors.ownProposal, { reason: 'own_proposal' });
  if (action === 'accept' && cannotApply(foldDraft(proposals, answers).lines, proposal))
    throw new AppError('conflict', visionErrors.lineGone, { reason: 'line_gone' });
  const answer: Answer =
    action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'withdrawn';
  await insertAnswer(tx, { proposalId: id, coupleId, authorId: userId, answer });
  return getVision({ tx, userId });
}

async function insertAnswer(
  tx: Tx,
  values: { proposalId: string; coupleId: string; authorId: string; answer: Answer },
) {
  try {
    await tx.insert(visionAnswers).values(values);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('conflict', visionErrors.answered, { reason: 'answered' });
    throw error;
  }
}

/** My words instead of my partner's: their proposal is answered, mine now waits for them. */
export async function rewordProposal({
  tx,
  userId,
  id,
  input,
}: Options & { id: string; input: RewordInput }): Promise<VisionView> {
  const coupleId = await requireProposalWritable({ tx, userId, id });
  const [proposals, answers] = await logOf(tx, coupleId);
  const proposal = proposals.find((p) => p.id === id);
  if (!proposal) throw notFound(visionErrors.proposalNotFound);
  if (answers.some((a) => a.proposalId === id))
    throw new AppError('conflict', visionErrors.answered, { reason: 'answered' });
  if (proposal.authorId === userId)
    throw new AppError('forbidden', visionErrors.ownProposal, { reason: 'own_proposal' });
  if (proposal.kind === 'remove')
    throw new AppError('bad_request', visionErrors.rewordRemove, { reason: 'reword_remove' });
  if (proposal.kind === 'change' && cannotApply(foldDraft(proposals, answers).lines, proposal))
    throw new AppError('conflict', visionErrors.lineGone, { reason: 'line_gone' });
  await insertAnswer(tx, { proposalId: id, coupleId, authorId: userId, answer: 'reworded' });
  await tx.insert(visionProposals).values({
    coupleId,
    authorId: userId,
    kind: proposal.kind,
    lineId: proposal.lineId,
    text: input.text,
    rewordsId: proposal.id,
  });
  return getVision({ tx, userId });
}

/**
 * I sign the lines as they are now. The newest version holds them when nothing changed since it
 * was made; otherwise a new version does. Once both signed it, it is ours: a mark on the timeline.
 */
export async function signVision({
  tx,
  userId,
  input,
}: Options & { input: SignInput }): Promise<VisionView> {
  const { coupleId } = await requireWritable({ tx, userId });
  const { lines, draft } = foldDraft(...(await logOf(tx, coupleId)));
  if (draft !== input.draft)
    throw new AppError('conflict', visionErrors.draftChanged, { reason: 'draft_changed' });
  if (lines.length === 0)
    throw new AppError('conflict', visionErrors.nothingToSign, { reason: 'nothing_to_sign' });
  const [latest] = await tx
    .select()
    .from(visionVersions)
    .where(sql`${visionVersions.coupleId} = ${coupleId}`)
    .orderBy(sql`${visionVersions.number} desc`)
    .limit(1);
  let versionId: string;
  if (latest && sameLines(latest.lines, lines)) {
    versionId = latest.id;
  } else {
    versionId = randomUUID();
    try {
      await tx.insert(visionVersions).values({
        id: versionId,
        coupleId,
        number: (latest?.number ?? 0) + 1,
        lines,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('conflict', visionErrors.draftChanged, { reason: 'draft_changed' });
      throw error;
    }
  }
  const signers = await tx
    .select({ personId: visionSignatures.personId })
    .from(visionSignatures)
    .where(sql`${visionSignatures.versionId} = ${versionId}`);
  if (!signers.some((s) => s.personId === userId)) {
    await tx.insert(visionSignatures).values({ versionId, coupleId, personId: userId });
    if (signers.length > 0) {
      // Both have signed now: a mark on the timeline, without any of the words.
      await recordEvent(tx, {
        coupleId,
        authorId: userId,
        kind: 'vision.signed',
        label: words.timelineLabel,
        refId: versionId,
      });
    }
  }
  return getVision({ tx, userId });
}

/** A day to look at it again (after today, within two years), or none. The newest choice holds. */
export async function setRevisit({
  tx,
  userId,
  input,
}: Options & { input: RevisitInput }): Promise<VisionView> {
  const { coupleId } = await requireWritable({ tx, userId });
  if (input.on !== null) {
    const [row] = await queryRows<{ inputs: GuidanceInputs | string }>(
      tx,
      sql`select ${guidanceInputsSql} as inputs`,
    );
    const today = readGuidanceInputs(row!.inputs).day;
    const field = (message: string) =>
      new AppError('bad_request', message, { fields: { on: message } });
    if (input.on <= today) throw field(visionErrors.revisitPast);
    if (input.on > addDays(today, MAX_REVISIT_DAYS)) throw field(visionErrors.revisitTooFar);
  }
  await tx.insert(visionRevisits).values({ coupleId, authorId: userId, revisitOn: input.on });
  return getVision({ tx, userId });
}

/**
 * Today's part (decision 111): my partner's proposals waiting for me (one item), the newest
 * version when my partner signed it and I have not, and the revisit day once it has come (until a
 * new day is chosen or a version is signed by both since). Titles hold none of the words.
 */
export const visionWaitingPart: WaitingPart = {
  sql: (userId) =>
    sql`select * from (
        select 'vision.proposal' as kind, p.id as ref, p.created_at as at, null::json as data
          from vision_proposals p
         where p.couple_id in (select app_my_couple_ids()) and p.author_id <> ${userId}
           and not exists (select 1 from vision_answers a where a.proposal_id = p.id)
         order by p.created_at desc limit 1) waiting_proposal
      union all
      select * from (
        select 'vision.sign' as kind, v.id as ref, v.created_at as at, null::json as data
          from vision_versions v
         where v.couple_id in (select app_my_couple_ids())
           and exists (select 1 from vision_signatures s where s.version_id = v.id and s.person_id <> ${userId})
           and not exists (select 1 from vision_signatures s where s.version_id = v.id and s.person_id = ${userId})
           and v.number = (select max(number) from vision_versions w where w.couple_id = v.couple_id)
         limit 1) waiting_sign
      union all
      select * from (
        select 'vision.revisit' as kind, r.id as ref, r.created_at as at, null::json as data
          from vision_revisits r
         where r.couple_id in (select app_my_couple_ids())
           and r.revisit_on <= ${daySql(userId)}
           and not exists (select 1 from vision_revisits n where n.couple_id = r.couple_id and n.created_at > r.created_at)
           and not exists (select 1 from vision_versions v where v.couple_id = r.couple_id
                             and v.created_at >= r.revisit_on
                             and (select count(*) from vision_signatures s where s.version_id = v.id) >= 2)
         limit 1) waiting_revisit`,
  read: (rows) =>
    rows.map((row) => ({
      id: row.ref!,
      kind: row.kind,
      title:
        row.kind === 'vision.proposal'
          ? words.waitingProposal
          : row.kind === 'vision.sign'
            ? words.waitingSign
            : words.waitingRevisit,
      href: '/vision',
      ...(row.at ? { at: row.at } : {}),
    })),
};

/** For the export: the lines, what waits, every version, the revisit day. */
export async function exportVision({ tx, userId }: Options) {
  const { lines, pending, versions, revisit } = await getVision({ tx, userId });
  return { lines, pending, versions, revisit };
}
