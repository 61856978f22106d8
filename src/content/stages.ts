// The seven stages of the path. Not a ladder: a couple can be in several at once and can go
// back to any of them at any time. Each stage has its own page with these words.

import type { ToolId } from './tools.ts';

export const stageIds = [
  'face',
  'grieve',
  'understand',
  'agree',
  'talk',
  'practise',
  'build',
] as const;
export type StageId = (typeof stageIds)[number];

export const stageStatuses = ['not-yet', 'working', 'returning', 'steady'] as const;
export type StageStatus = (typeof stageStatuses)[number];

export const statusWords: Record<StageStatus, { label: string; line: string }> = {
  'not-yet': { label: 'Not yet', line: 'Not yet' },
  working: { label: 'Working on it', line: 'Working on it' },
  returning: { label: 'Coming back to it', line: 'Coming back to it' },
  steady: { label: 'Feels steady', line: 'Feels steady' },
};

export interface Stage {
  id: StageId;
  number: number;
  name: string;
  /** One line, for lists. */
  summary: string;
  about: readonly string[];
  helps: readonly string[];
  questions: readonly string[];
  tools: readonly ToolId[];
}

export const stages: readonly Stage[] = [
  {
    id: 'face',
    number: 1,
    name: 'Face it and own it',
    summary: 'Stop pretending things are fine. Name what broke.',
    about: [
      'This is where you stop pretending things are fine. You name what is broken, and you let the hurt be seen.',
      'If you broke the trust, this is where you take full responsibility: no excuses, no "but you", no making it smaller than it was. If you were hurt, this is where you make room for healing, rather than keeping the pain as something to use later.',
    ],
    helps: [
      'Saying plainly what happened, without softening it.',
      'Listening to the hurt without defending yourself.',
      'Owning your part in your own words: what you did, how it hurt, what you will do differently.',
      'Taking breaks when it gets too much, and coming back.',
    ],
    questions: [
      'What exactly am I taking responsibility for?',
      'What do I most need my partner to understand about how this hurt?',
      'Where do I catch myself making it smaller, or shifting it elsewhere?',
    ],
    tools: ['ownership', 'letters', 'journal', 'support'],
  },
  {
    id: 'grieve',
    number: 2,
    name: 'Grieve',
    summary: 'A real loss needs room. It comes in waves.',
    about: [
      'Losing trust is a real loss. It can bring disbelief, anger, sadness and confusion, often all in one day.',
      'Grief comes in waves, for as long as it takes. This stage is about making room for it, instead of hurrying to fix things.',
    ],
    helps: [
      'Letting feelings come without having to act on them.',
      'Writing what you feel, just for yourself.',
      'Telling your partner what today is like, without needing them to solve it.',
      'Being gentle with yourself on the bad days. They do not undo the good ones.',
    ],
    questions: [
      'What have I lost, or what am I afraid I have lost?',
      'What does a wave feel like for me, and what helps me through one?',
      'What do I need from my partner when grief comes back?',
    ],
    tools: ['journal', 'check-ins', 'timeline', 'support'],
  },
  {
    id: 'understand',
    number: 3,
    name: 'Understand why',
    summary: 'Ask the hard questions, and listen to the answers.',
    about: [
      'Here you ask the hard questions, and you really listen to the answers. Why did this happen? How was each of us feeling then? What was missing? What hurt most?',
      'Questions here are invitations, not accusations. Understanding why is never the same as excusing it.',
    ],
    helps: [
      'One question at a time, with time to answer.',
      'Saying back what you heard before you reply.',
      'Looking at your own reflection on the four patterns, and sharing what you choose to.',
      'A counsellor in the room for the hardest questions.',
    ],
    questions: [
      'How was each of us feeling in the months before it happened?',
      'What was missing between us, and when did we first notice?',
      'What part of this hurts most, and why that part?',
    ],
    tools: ['talk', 'reflection', 'letters', 'support'],
  },
  {
    id: 'agree',
    number: 4,
    name: 'Agree on what trust looks like now',
    summary: 'Decide together what helps each of you feel safe.',
    about: [
      'Here you decide together what each of you needs in daily life to feel safe: which actions help, and how openness can work without turning into control.',
      'Ask each other "what would help you feel secure right now?" and honour the answer, again and again. Agreements can change as you do.',
    ],
    helps: [
      'Writing down what you agree, so neither of you has to remember alone.',
      'Agreements that both of you chose, with a date to look at them again.',
      'Noticing when openness starts to feel like being watched, and saying so.',
    ],
    questions: [
      'What would help me feel secure right now?',
      'What is a fair thing to ask, and what would feel like control?',
      'When should we look at this again?',
    ],
    tools: ['agreements', 'promises', 'talk'],
  },
  {
    id: 'talk',
    number: 5,
    name: 'Talk and listen again',
    summary: 'Listen to understand, say back what you heard, then answer.',
    about: [
      'Here you rebuild how you talk, on purpose. Listen to understand, not to reply. Say back what you heard. Then answer.',
      'When it gets heated, pause instead of exploding, and agree on when you will come back to it.',
    ],
    helps: [
      'Taking turns: one speaks, the other says back what they heard.',
      'A pause that has a time to come back, so it is not a door slammed shut.',
      'Talking about feelings, not only about logistics.',
    ],
    questions: [
      'When did I last feel truly heard by my partner?',
      'What makes me stop listening, and what brings me back?',
      'How do I want us to pause when things get too hot?',
    ],
    tools: ['talk', 'questions', 'check-ins', 'letters'],
  },
  {
    id: 'practise',
    number: 6,
    name: 'Practise trust',
    summary: 'Small promises kept, every ordinary day.',
    about: [
      'Trust comes back through small things, repeated and kept: showing up on ordinary days, keeping small promises, a weekly check-in about the two of you.',
      'It also means apologising again when something still stings, without saying "I already said sorry".',
    ],
    helps: [
      'Small, concrete promises with a time attached.',
      'A weekly check-in about how the two of you are doing.',
      'Letters about what trust means to each of you.',
      'Noticing out loud when your partner keeps their word.',
    ],
    questions: [
      'What small promise could I keep this week?',
      'What did my partner do lately that I noticed but did not mention?',
      'What still stings, and what would help with it?',
    ],
    tools: ['promises', 'check-ins', 'letters', 'today'],
  },
  {
    id: 'build',
    number: 7,
    name: 'Build what comes next',
    summary: 'New memories, and a shared picture of the future.',
    about: [
      'Here you make new memories: a walk, a dinner without phones, a trip, something you build together. Affection may feel awkward at first. That is normal.',
      'And you write a shared picture of what you want your future to look like, in your own words.',
    ],
    helps: [
      'Time together that is planned, and protected.',
      'Trying something new that belongs to neither of your pasts.',
      'Letting closeness return at its own pace, never pushed.',
    ],
    questions: [
      'What would we like to do together this month?',
      'What do we want our relationship to feel like a year from now?',
      'What from before do we want to keep, and what do we want to leave behind?',
    ],
    tools: ['memories', 'vision', 'letters', 'timeline'],
  },
];

export function stageById(id: StageId): Stage {
  const stage = stages.find((s) => s.id === id);
  if (!stage) throw new Error(`Unknown stage ${id}`);
  return stage;
}

export function isStageId(value: string): value is StageId {
  return (stageIds as readonly string[]).includes(value);
}
