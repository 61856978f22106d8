import { fitsSpeaker, offeredTopics, type Speaker } from '../../content/talk-questions.ts';
import { topicById } from '../../content/talks.ts';
import type { Tx } from '../../platform/db/database.ts';
import { loadFocusInputs } from '../../platform/db/focus.ts';
import { AppError } from '../../platform/server/errors.ts';
import type { QuestionOffer } from './talks.schema.ts';

/**
 * The two possible first speakers as the one choosing may know them: me (my own stance and
 * marks), and my partner (only the stance they shared, and their marks, which the couple shares).
 * A partner's private stance never decides what is offered, so the list cannot reveal it.
 */
async function speakers(tx: Tx): Promise<{ me: Speaker; partner: Speaker }> {
  const inputs = await loadFocusInputs(tx);
  return {
    me: { stance: inputs.me.stance, marks: inputs.statuses },
    partner: { stance: inputs.partner?.stance ?? null, marks: inputs.partnerStatuses ?? {} },
  };
}

export async function offerQuestions({ tx }: { tx: Tx }): Promise<QuestionOffer> {
  const { me, partner } = await speakers(tx);
  const mine = offeredTopics(me);
  const set = me.stance === 'broke' || me.stance === 'hurt' ? me.stance : 'other';
  return {
    forMe: mine.map((t) => t.id),
    forPartner: offeredTopics(partner).map((t) => t.id),
    set,
    ownPartLater: set === 'hurt' && !mine.some((t) => t.from),
  };
}

/** Refuses a listed question that is not for the one who would answer it first. */
export async function requireFittingQuestion({
  tx,
  topicId,
  firstSpeaker,
}: {
  tx: Tx;
  topicId: string;
  firstSpeaker: 'me' | 'partner';
}) {
  const topic = topicById(topicId);
  const { me, partner } = await speakers(tx);
  if (!topic || !fitsSpeaker(topic, firstSpeaker === 'me' ? me : partner)) {
    throw new AppError(
      'bad_request',
      'That question is not one offered to whoever speaks first. Choose one from the list.',
      {
        fields: { topicId: 'Choose a question from the list.' },
      },
    );
  }
}
