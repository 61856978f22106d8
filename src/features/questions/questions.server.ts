import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  questionById,
  questionWords as words,
  roleOfStance,
  type Question,
} from '../../content/questions/index.ts';
import { recordEvent, requireSharingOpen } from '../../platform/db/couple-context.ts';
import { queryRows, type Tx } from '../../platform/db/database.ts';
import { focusFrom, readFocusInputs } from '../../platform/db/focus.ts';
import { dangerSql, readGuidanceInputs, type GuidanceInputs } from '../../platform/db/guidance.ts';
import { keyText, olderThan, pageOf, PAGE_SIZE, type Position } from '../../platform/db/keyset.ts';
import { publishLive } from '../../platform/db/notify.ts';
import type { WaitingPart } from '../../platform/server/build-server.ts';
import { AppError } from '../../platform/server/errors.ts';
import { localDaySql } from '../../platform/time/days-sql.server.ts';
import { coupleStage, pickQuestion, poolFor } from './pick.ts';
import type { QuestionHistory, QuestionInput, QuestionToday } from './questions.schema.ts';
import { questionAnswers } from './questions.tables.server.ts';

interface Options {
  tx: Tx;
  userId: string;
}

/** Each person's own live topic: "something about today's question changed for you". No text. */
export const liveTopic = (personId: string) => `question:${personId}`;

interface AnswerRow {
  id: string;
  author_id: string;
  couple_id: string | null;
  day: string;
  question_id: string;
  shared: boolean;
  answer: string | null;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const textOf = (id: string) => questionById(id)?.text ?? words.retiredQuestion;
const asQuestion = (id: string) => {
  const q = questionById(id);
  return { id, text: q?.text ?? words.retiredQuestion, kind: q?.kind ?? 'light' };
};
const fromPick = (q: Question) => ({ id: q.id, text: q.text, kind: q.kind });

/** Why today's question is just for me, or null when it is asked of both of us. */
function ownReasonOf(g: GuidanceInputs, partnerId: string | null): QuestionToday['ownReason'] {
  if (!partnerId) return 'alone';
  if (g.paused) return 'apart';
  // Using Kintsugi alone and a danger answer read alike: nothing asks me toward my partner.
  if (g.solo || g.danger) return 'private';
  return null;
}

interface Situation {
  day: string;
  coupleId: string | null;
  partnerId: string | null;
  partnerName: string | null;
  today: QuestionToday;
  mineRow: AnswerRow | null;
}

/**
 * Today's question for me, in one statement: who I am and my day, what guidance and the path
 * may use, my answer, whether my partner answered (a yes or no) and their words only when row-level
 * security lets me read them (once I answered too).
 */
async function readSituation({ tx, userId }: Options): Promise<Situation> {
  const [row] = await queryRows<{
    day: string;
    couple_id: string | null;
    partner_id: string | null;
    partner_name: string | null;
    guidance: GuidanceInputs | string;
    focus: unknown;
    partner_question: string | null;
    mine: AnswerRow | string | null;
    theirs: AnswerRow | string | null;
  }>(
    tx,
    sql`with me as (
          select p.id, ${localDaySql(sql`p.time_zone`)} as day, m.couple_id,
                 o.person_id as partner_id, pp.display_name as partner_name
            from people p
            left join memberships m on m.person_id = p.id and m.left_at is null
            left join memberships o on o.couple_id = m.couple_id and o.person_id <> p.id and o.left_at is null
            left join people pp on pp.id = o.person_id
           where p.id = ${userId} limit 1)
        select to_char(me.day, 'YYYY-MM-DD') as day, me.couple_id, me.partner_id, me.partner_name,
               app_guidance_inputs() as guidance, app_focus_inputs() as focus,
               case when me.partner_id is null then null else app_question_partner(me.day) end as partner_question,
               (select to_json(a) from question_answers a where a.author_id = me.id and a.day = me.day) as mine,
               (select to_json(a) from question_answers a
                 where me.partner_id is not null and a.author_id = me.partner_id
                   and a.couple_id = me.couple_id and a.day = me.day and a.shared) as theirs
          from me`,
  );
  if (!row) throw new AppError('not_found', words.noAccount);
  const g = readGuidanceInputs(row.guidance);
  const focus = readFocusInputs(row.focus);
  const mineRow = row.mine ? json<AnswerRow>(row.mine) : null;
  const theirsRow = row.theirs ? json<AnswerRow>(row.theirs) : null;
  const currentReason = ownReasonOf(g, row.partner_id);
  // My answer, once given, fixes what today is for me: a shared question stays shared.
  const together = mineRow ? mineRow.shared : currentReason === null;
  const ownReason = together ? null : (currentReason ?? 'private');
  const role = roleOfStance(g.stance);

  let question: QuestionToday['question'];
  if (mineRow) question = asQuestion(mineRow.question_id);
  else if (together && row.partner_question) question = asQuestion(row.partner_question);
  else if (together) {
    const stage = coupleStage(focus.statuses, focus.partnerStatuses ?? {});
    question = fromPick(pickQuestion(poolFor({ together: true, stage }), row.couple_id!, row.day));
  } else {
    const stage = focusFrom(focus).stage;
    question = fromPick(pickQuestion(poolFor({ together: false, stage, role }), userId, row.day));
  }

  const iAnswered = Boolean(mineRow?.answer);
  // Row-level security already hides their words until I answered; this says it again.
  const theirWords = iAnswered && theirsRow?.answer ? theirsRow.answer : null;
  return {
    day: row.day,
    coupleId: row.couple_id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    mineRow,
    today: {
      day: row.day,
      question,
      together,
      ownReason,
      framing: together ? words.framing[role] : words.justForYou,
      mine: mineRow
        ? {
            answer: mineRow.answer,
            skipped: mineRow.answer === null,
            settled: together && theirWords !== null,
          }
        : null,
      partner:
        together && row.partner_id
          ? {
              name: row.partner_name ?? words.partnerFallback,
              answered: row.partner_question !== null,
              answer: theirWords,
            }
          : null,
    },
  };
}

export async function getQuestionToday(options: Options): Promise<QuestionToday> {
  return (await readSituation(options)).today;
}

const settled = () => new AppError('conflict', words.settledError, { reason: 'question_revealed' });

/** Answer today's question (editable until my partner's answer was shown to me), or let it go. */
export async function answerQuestionToday({
  tx,
  userId,
  input,
}: Options & { input: QuestionInput }): Promise<QuestionToday> {
  const s = await readSituation({ tx, userId });
  const { today } = s;
  const answer = input.skip ? null : (input.answer ?? null);
  if (today.mine?.settled) {
    if (answer === today.mine.answer) return today;
    throw settled();
  }
  if (today.together) {
    if (!s.coupleId || !s.partnerId)
      throw new AppError('conflict', words.ownReason.alone, { reason: 'no_partner' });
    await requireSharingOpen(tx, s.coupleId);
  }
  const firstAnswer = answer !== null && !s.mineRow?.answer;
  await tx
    .insert(questionAnswers)
    .values({
      authorId: userId,
      coupleId: s.coupleId,
      day: s.day,
      questionId: today.question.id,
      shared: today.together,
      answer,
    })
    .onConflictDoUpdate({
      target: [questionAnswers.authorId, questionAnswers.day],
      set: {
        answer,
        updatedAt: sql`now()`,
        ...(firstAnswer ? { answeredAt: sql`now()` } : {}),
      },
    });
  if (today.together && s.coupleId && s.partnerId) {
    // The second answer opens both: a mark on the timeline, never the question or the words.
    if (firstAnswer && today.partner?.answered)
      await recordEvent(tx, {
        coupleId: s.coupleId,
        authorId: userId,
        kind: 'question',
        label: words.timelineLabel,
        visibility: 'shared',
      });
    await publishLive(tx, liveTopic(s.partnerId));
  }
  return getQuestionToday({ tx, userId });
}

/** Days we both answered, newest first, a page at a time (decision 112). */
export async function listAnsweredTogether({
  tx,
  userId,
  before,
}: Options & { before?: Position | undefined }): Promise<QuestionHistory> {
  const partner = alias(questionAnswers, 'partner');
  const key = keyText(questionAnswers.answeredAt);
  const rows = await tx
    .select({
      id: questionAnswers.id,
      day: questionAnswers.day,
      questionId: questionAnswers.questionId,
      mine: questionAnswers.answer,
      partner: partner.answer,
      key,
      // My partner's name rides along (decision 111): one statement for the list.
      partnerName: sql<
        string | null
      >`(select display_name from people where id in (select app_partner_ids()) limit 1)`,
    })
    .from(questionAnswers)
    .innerJoin(
      partner,
      and(
        eq(partner.coupleId, questionAnswers.coupleId),
        eq(partner.day, questionAnswers.day),
        sql`${partner.authorId} <> ${userId}`,
        eq(partner.shared, true),
        sql`${partner.answer} is not null`,
      ),
    )
    .where(
      and(
        eq(questionAnswers.authorId, userId),
        eq(questionAnswers.shared, true),
        sql`${questionAnswers.answer} is not null`,
        olderThan(questionAnswers.answeredAt, questionAnswers.id, before),
      ),
    )
    .orderBy(desc(questionAnswers.answeredAt), desc(questionAnswers.id))
    .limit(PAGE_SIZE + 1);
  const page = pageOf(rows, PAGE_SIZE, (r) => ({ at: r.key, id: r.id }));
  return {
    partnerName: page.items[0]?.partnerName ?? null,
    days: page.items.map((r) => ({
      id: r.id,
      day: r.day,
      question: textOf(r.questionId),
      mine: r.mine!,
      partner: r.partner!,
    })),
    next: page.next,
  };
}

/** A number that changes whenever something about today's question changes for me. */
export async function getQuestionVersion({ tx }: { tx: Tx }): Promise<{ version: number }> {
  const [row] = await queryRows<{ version: string | number | null }>(
    tx,
    sql`select (coalesce(floor(extract(epoch from (select max(updated_at) from question_answers)) * 1000), 0)
              + case when app_question_partner(
                  (select ${localDaySql(sql`time_zone`)} from people where id = app_user_id())
                ) is null then 0 else 1 end)::float8 as version`,
  );
  return { version: Number(row?.version ?? 0) };
}

/**
 * Today's part (decision 111): my partner answered our question today and I have not answered
 * (nor let it go). Said only while the question is one for the two of us; never a daily nudge
 * of its own, so Today stays short and nothing nags.
 */
export const questionsWaitingPart: WaitingPart = {
  sql: (userId) =>
    sql`select 'question' as kind, to_char(d.day, 'YYYY-MM-DD') as ref, null as at, null as data
        from (select ${localDaySql(sql`p.time_zone`)} as day, m.couple_id
                from people p join memberships m on m.person_id = p.id and m.left_at is null
               where p.id = ${userId} limit 1) d
       where app_sharing_open(d.couple_id)
         and not ${dangerSql(userId)}
         and app_question_partner(d.day) is not null
         and not exists (select 1 from ${questionAnswers} a
                          where a.author_id = ${userId} and a.day = d.day)`,
  read: (rows) =>
    rows.map((row) => ({
      id: `question-${row.ref}`,
      kind: 'question',
      title: words.waitingPartnerAnswered,
      href: '/questions',
    })),
};

/** For the export: every answer of mine (and each question I let go), and my partner's shown to me. */
export async function exportQuestions({ tx, userId }: Options) {
  const rows = await tx.select().from(questionAnswers).orderBy(questionAnswers.day);
  // Row-level security already limits rows to mine and revealed ones of my partner's.
  const shape = (r: typeof questionAnswers.$inferSelect) => ({
    day: r.day,
    question: textOf(r.questionId),
    answer: r.answer,
    together: r.shared,
  });
  return {
    questionAnswersMine: rows.filter((r) => r.authorId === userId).map(shape),
    questionAnswersPartner: rows
      .filter((r) => r.authorId !== userId && r.shared && r.answer !== null)
      .map(({ day, questionId, answer }) => ({ day, question: textOf(questionId), answer })),
  };
}
