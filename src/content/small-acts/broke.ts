// Small acts for the one who broke the trust: owning it, answering, showing up, waiting.
// Never for the one who was hurt: this is not their homework.

import { actsFor } from './types.ts';

export const brokeActs = actsFor('broke', 'partner', [
  {
    id: 'face-2',
    stage: 'face',
    text: 'Next time your partner talks about the hurt, listen to the end before you say anything.',
  },
  {
    id: 'face-3',
    stage: 'face',
    text: 'Notice one moment today when you wanted to explain or defend. Let it pass, and just listen.',
  },
  {
    id: 'face-4',
    stage: 'face',
    text: 'Say "that makes sense" once today when your partner tells you how they feel.',
  },
  {
    id: 'face-5',
    stage: 'face',
    toward: 'self',
    text: 'Write down three things you are taking responsibility for. Only your own part.',
  },
  {
    id: 'face-6',
    stage: 'face',
    text: 'Catch one "but" in something you say about what happened, and say the sentence again without it.',
  },
  {
    id: 'face-7',
    stage: 'face',
    text: 'Tell your partner one thing you understand now about how this hurt them.',
  },
  {
    id: 'broke-1',
    stage: 'face',
    text: 'Say what you did in one plain sentence, with no reason attached. Reasons can wait until they are asked for.',
  },
  {
    id: 'broke-2',
    stage: 'face',
    text: "If your partner is angry today, let the anger be there. You don't need to make it smaller.",
  },
  {
    id: 'broke-3',
    stage: 'face',
    toward: 'self',
    text: 'Write down one way you have made what happened sound smaller than it was. Just notice it.',
  },
  {
    id: 'grieve-8',
    stage: 'grieve',
    text: 'Ask your partner: "What is the hardest part for you this week?" and just listen.',
  },
  {
    id: 'broke-4',
    stage: 'grieve',
    text: 'If your partner needs quiet today, give it without taking it personally.',
  },
  {
    id: 'broke-5',
    stage: 'grieve',
    text: "When your partner is sad, sit with them for a while. You don't have to find the right words.",
  },
  {
    id: 'broke-6',
    stage: 'grieve',
    toward: 'self',
    text: 'Notice your own wish for this to be over. Let it stay a wish, not a request.',
  },
  {
    id: 'broke-7',
    stage: 'understand',
    text: 'If your partner asks a hard question today, answer it honestly. Then ask how it was to hear.',
  },
  {
    id: 'broke-8',
    stage: 'understand',
    toward: 'self',
    text: 'Write down what you told yourself back then to make it feel all right. Keep it to yourself for now.',
  },
  {
    id: 'broke-9',
    stage: 'understand',
    text: 'If your partner wants less detail today, stop there. Their pace matters more than your need to explain.',
  },
  {
    id: 'understand-7',
    stage: 'understand',
    text: 'Ask your partner what they would most like to know, and say you will answer whenever they are ready.',
  },
  {
    id: 'agree-1',
    stage: 'agree',
    text: 'Ask your partner: "What would help you feel secure right now?" Write the answer down.',
  },
  {
    id: 'agree-3',
    stage: 'agree',
    text: 'Say where you will be this evening and when you will be back, before anyone asks.',
  },
  {
    id: 'agree-7',
    stage: 'agree',
    text: 'Offer one piece of openness your partner has not asked for, if it feels safe for you.',
  },
  {
    id: 'broke-10',
    stage: 'agree',
    text: 'Ask your partner which small thing you do helps them feel safer, and keep doing it.',
  },
  {
    id: 'broke-11',
    stage: 'talk',
    text: 'When your partner brings up the hurt, leave your side of the story for another day. Say back what you heard.',
  },
  {
    id: 'broke-12',
    stage: 'talk',
    text: 'Ask your partner how today has been for them, and let the whole answer be about them.',
  },
  {
    id: 'broke-21',
    stage: 'talk',
    text: 'If your partner is upset with you today, lower your voice instead of raising it, and keep listening.',
  },
  {
    id: 'practise-1',
    stage: 'practise',
    text: 'Make one small promise for today, with a time attached, and keep it.',
  },
  {
    id: 'practise-3',
    stage: 'practise',
    text: 'Be where you said you would be, at the time you said. Let that be enough today.',
  },
  {
    id: 'practise-6',
    stage: 'practise',
    text: 'If something still stings, say sorry for it again, simply, without "I already said".',
  },
  {
    id: 'practise-8',
    stage: 'practise',
    text: 'Tell your partner about a small change in your plans as soon as you know it.',
  },
  {
    id: 'broke-13',
    stage: 'practise',
    text: "If you're running late, say so before the time you gave, not after.",
  },
  {
    id: 'broke-14',
    stage: 'practise',
    text: 'If your partner says they noticed something you did, take it quietly. A simple thank you is enough.',
  },
  {
    id: 'broke-15',
    stage: 'build',
    text: 'Suggest one easy thing your partner enjoys, and leave them free to say no.',
  },
  {
    id: 'broke-16',
    stage: 'build',
    toward: 'self',
    text: 'Write down one thing you want to keep doing a year from now, even when things feel better.',
  },
  {
    id: 'broke-22',
    stage: 'build',
    text: 'Keep one plan you made together this week, exactly as you agreed it.',
  },
  {
    id: 'secrecy-3',
    pattern: 'secrecy',
    toward: 'self',
    text: 'Write down what you fear would happen if you told the whole truth about one thing. Just write it.',
  },
  {
    id: 'secrecy-4',
    pattern: 'secrecy',
    text: 'Answer one question from your partner fully, even if the short answer would be easier.',
  },
  {
    id: 'broke-17',
    pattern: 'secrecy',
    text: 'If your partner asks about a message or a call today, answer right away, plainly.',
  },
  {
    id: 'infidelity-2',
    pattern: 'infidelity',
    text: 'Be open about one thing today before you are asked: who you met, where you went, who you talked to.',
  },
  {
    id: 'broke-18',
    pattern: 'infidelity',
    text: 'If the other person gets in touch, tell your partner yourself, before they hear it another way.',
  },
  {
    id: 'broke-19',
    pattern: 'insecurity',
    text: 'If your partner is worried today, answer their question calmly, even if you have answered it before.',
  },
  {
    id: 'broke-20',
    pattern: 'distance',
    text: 'When your partner starts to talk, put your phone down so they can see they have your attention.',
  },
]);
