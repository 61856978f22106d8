// Small acts for yourself that point to help. Support (a friend, a counsellor) fits anyone on
// any day. Safety acts are offered only after a danger answer in the private safety check, and
// then nothing else is: they are tied to that answer, not to a stage of the path.

import { actsFor } from './types.ts';

export const supportActs = actsFor('anyone', 'self', [
  {
    id: 'support-1',
    care: 'support',
    stage: 'face',
    text: 'Read the Support page once, so you know what is there when you need it.',
  },
  {
    id: 'support-2',
    care: 'support',
    stage: 'grieve',
    text: "Tell one friend you trust how you really are this week. You don't have to tell them everything.",
  },
  {
    id: 'support-3',
    care: 'support',
    stage: 'grieve',
    text: 'Write down the name and number of one person you could call on a hard night.',
  },
  // A couples counsellor is no `support` act: after a danger answer couples work may not be safe.
  {
    id: 'infidelity-4',
    pattern: 'infidelity',
    text: 'Look up one counsellor who works with couples after an affair. Just look; no need to call yet.',
  },
  {
    id: 'support-4',
    care: 'support',
    stage: 'understand',
    text: "Look up one counsellor near you, or one who works online. Just look; there's no need to call yet.",
  },
  {
    id: 'support-5',
    care: 'support',
    stage: 'understand',
    text: 'If you see a counsellor, write down one thing you want to bring to your next session.',
  },
  {
    id: 'support-6',
    care: 'support',
    stage: 'understand',
    text: "If you don't know where to start, a family doctor can point you to someone to talk to.",
  },
  {
    id: 'support-7',
    care: 'support',
    stage: 'practise',
    text: 'Ask someone you trust for one small, practical help this week: a meal, a lift, an hour of company.',
  },
  {
    id: 'support-8',
    care: 'support',
    stage: 'build',
    text: 'Spend an hour with someone who makes you feel like yourself.',
  },
  {
    id: 'support-9',
    care: 'support',
    stage: 'talk',
    text: 'Talk for ten minutes with a friend about anything at all but this.',
  },
]);

export const safetyActs = actsFor('anyone', 'self', [
  {
    id: 'safety-1',
    care: 'safety',
    text: 'Save one helpline number in your phone under a name only you would recognise.',
  },
  {
    id: 'safety-2',
    care: 'safety',
    text: 'Think of one place you could go at short notice if you needed to. Just know where it is.',
  },
  {
    id: 'safety-3',
    care: 'safety',
    text: 'Agree a word with one person you trust that means "please call me", for a day you can\'t say more.',
  },
  {
    id: 'safety-4',
    care: 'safety',
    text: 'Keep your keys, a little money and your papers somewhere you could reach quickly.',
  },
  {
    id: 'safety-5',
    care: 'safety',
    text: 'When you are alone and it feels safe, look at the helplines on the Support page.',
  },
  {
    id: 'safety-6',
    care: 'safety',
    text: "If you are in danger right now, call the emergency number. You don't need to be sure first.",
  },
  {
    id: 'safety-7',
    care: 'safety',
    text: 'You can talk to a helpline without giving your name. Calling is not making a fuss.',
  },
  {
    id: 'safety-8',
    care: 'safety',
    text: 'Notice what your body tells you at home and around the people close to you. Feeling afraid is worth listening to.',
  },
  {
    id: 'safety-9',
    care: 'safety',
    text: 'Remember the Quick exit button at the top of every page. One tap takes you somewhere neutral.',
  },
  {
    id: 'safety-10',
    care: 'safety',
    text: 'Rest when you can today. Being safe includes being cared for, by yourself too.',
  },
  {
    id: 'safety-11',
    care: 'safety',
    text: 'Think of one person who would believe you. Let them know, in your own time, that things are hard.',
  },
  {
    id: 'safety-12',
    care: 'safety',
    text: 'Keep your phone charged and close to you today, if you can.',
  },
]);
