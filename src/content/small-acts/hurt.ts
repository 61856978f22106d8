// Small acts for the one who was hurt: being heard, setting the pace, caring for yourself.
// None of them asks you to do the other's work of owning it.

import { actsFor } from './types.ts';

export const hurtActs = actsFor('hurt', 'self', [
  {
    id: 'hurt-1',
    stage: 'face',
    toward: 'partner',
    text: 'Tell your partner one thing about how this hurt you, in your own words. You choose how much.',
  },
  {
    id: 'hurt-2',
    stage: 'face',
    text: "Write down what you lost when this happened. This note doesn't have to be fair.",
  },
  {
    id: 'hurt-3',
    stage: 'face',
    text: 'You are allowed to be angry. Write one sentence that starts with "I am angry that…".',
  },
  {
    id: 'hurt-4',
    stage: 'face',
    text: 'Write down one thing about what happened that is not your fault. Read it twice.',
  },
  {
    id: 'hurt-5',
    stage: 'grieve',
    text: 'If a memory catches you off guard today, breathe out slowly and name three things you can see.',
  },
  {
    id: 'hurt-6',
    stage: 'grieve',
    text: 'Say no to one thing today that would take more than you have.',
  },
  {
    id: 'hurt-7',
    stage: 'grieve',
    toward: 'partner',
    text: 'If you want company in a hard moment, ask for it plainly: "Can you just sit with me?"',
  },
  {
    id: 'hurt-8',
    stage: 'grieve',
    text: "Notice if you are telling yourself you should be over this by now. You don't have to be.",
  },
  {
    id: 'hurt-9',
    stage: 'grieve',
    text: 'Let go of one thing today that you only agreed to out of duty, and rest instead.',
  },
  {
    id: 'hurt-10',
    stage: 'understand',
    text: 'Write down the one question you most want answered. You decide if and when to ask it.',
  },
  {
    id: 'hurt-11',
    stage: 'understand',
    toward: 'partner',
    text: 'Ask one question you have been holding, and say first how much detail you want.',
  },
  {
    id: 'hurt-12',
    stage: 'understand',
    text: 'Notice which details help you understand and which only hurt more. "That\'s enough for now" is always allowed.',
  },
  {
    id: 'hurt-13',
    stage: 'understand',
    text: 'If you want to know everything at once, choose one thing to ask, and let the rest wait.',
  },
  {
    id: 'hurt-14',
    stage: 'agree',
    toward: 'partner',
    text: 'Tell your partner one thing that would help you feel a little safer this week.',
  },
  {
    id: 'hurt-15',
    stage: 'agree',
    text: 'Write down one thing you need right now that is not up for debate. Keep it short.',
  },
  {
    id: 'hurt-16',
    stage: 'agree',
    text: 'Think of one piece of openness you might ask for. Ask yourself: would it calm me, or keep me watching?',
  },
  {
    id: 'hurt-17',
    stage: 'agree',
    toward: 'partner',
    text: 'Tell your partner one thing they do that already helps, if it is true and you want to.',
  },
  {
    id: 'hurt-18',
    stage: 'talk',
    toward: 'partner',
    text: 'Start one sentence today with "What I need from you is…" and finish it.',
  },
  {
    id: 'hurt-19',
    stage: 'talk',
    text: 'If a talk gets too much, you can stop it. Say the words once to yourself: "I need a break. Let\'s come back to this."',
  },
  {
    id: 'hurt-20',
    stage: 'talk',
    toward: 'partner',
    text: 'Tell your partner whether what they said landed, or what is still missing. Either answer is allowed.',
  },
  {
    id: 'hurt-21',
    stage: 'talk',
    text: 'Before a hard talk, write down the one thing you most want heard.',
  },
  {
    id: 'hurt-22',
    stage: 'practise',
    text: "If you notice a promise kept today, you can let it count a little. You don't have to say anything.",
  },
  {
    id: 'hurt-23',
    stage: 'practise',
    text: 'Notice one moment today when you felt a bit steadier. Write it down for a harder day.',
  },
  {
    id: 'hurt-24',
    stage: 'practise',
    text: 'You set the pace. Write down one thing you are not ready for yet, so the words are there if you need them.',
  },
  {
    id: 'hurt-25',
    stage: 'build',
    text: 'Think of one thing you used to enjoy on your own. Make a little room for it this week.',
  },
  {
    id: 'hurt-26',
    stage: 'build',
    toward: 'partner',
    text: "If you feel like it, suggest one easy thing to do together. If you don't, that's all right.",
  },
  {
    id: 'hurt-27',
    stage: 'build',
    text: 'Write one sentence about what you want for yourself, whatever happens between you.',
  },
  {
    id: 'build-6',
    stage: 'build',
    toward: 'partner',
    text: 'If and when you want to, offer a small, easy touch, like a hand on the shoulder. Awkward is fine. Not yet is fine too.',
  },
  {
    id: 'hurt-28',
    pattern: 'insecurity',
    text: 'When a worry starts a story in your head, write the story down. Then write what you actually know.',
  },
  {
    id: 'hurt-29',
    pattern: 'insecurity',
    toward: 'partner',
    text: 'Tell your partner one worry in plain words, and ask for what would help, rather than searching for proof.',
  },
  {
    id: 'hurt-30',
    pattern: 'distance',
    text: 'Notice one moment today when you felt alone beside your partner. Write down what you wished for then.',
  },
  {
    id: 'hurt-31',
    pattern: 'secrecy',
    text: "Write down what you still don't know that matters to you. Only you decide what to ask, and when.",
  },
  {
    id: 'hurt-32',
    pattern: 'infidelity',
    text: 'When pictures of what happened come uninvited, look around and name five things you can see. They pass.',
  },
  {
    id: 'hurt-33',
    pattern: 'infidelity',
    toward: 'partner',
    text: 'If a place or a date brings it all back, you can tell your partner: "Today is hard because of this."',
  },
]);
