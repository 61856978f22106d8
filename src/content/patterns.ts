// The four patterns behind a breach of trust, as each person reflects on them privately.
// Statements are answered on a five-point agree scale; agreeing means "this speaks to me".

import type { ToolId } from './tools.ts';

export const patternIds = ['insecurity', 'distance', 'secrecy', 'infidelity'] as const;
export type PatternId = (typeof patternIds)[number];

export const STATEMENTS_PER_PATTERN = 5;

export interface Pattern {
  id: PatternId;
  name: string;
  /** The name as it reads inside a sentence. */
  inSentence: string;
  /** One line on what it looks like day to day. */
  surface: string;
  statements: readonly string[];
  /** What often lies beneath it. */
  beneath: string;
  /** Where the work goes. */
  work: readonly string[];
  tools: readonly ToolId[];
}

export const patterns: readonly Pattern[] = [
  {
    id: 'insecurity',
    inSentence: 'insecurity and old wounds',
    name: 'Insecurity and old wounds',
    surface: 'Jealousy, suspicion, needing proof, checking the other one’s phone.',
    statements: [
      "When my partner doesn't answer for a while, I start to imagine the worst.",
      'I need proof, like seeing messages or knowing where they are, before I can relax.',
      "I've felt this kind of fear before: in earlier relationships, or long before them.",
      'I find it hard to say what I need, so I wait and watch instead.',
      'Even on good days, part of me expects to be left or let down.',
    ],
    beneath:
      'Often an old wound: something from childhood or an earlier relationship that taught you closeness is not safe. It can show up as an anxious way of holding on.',
    work: [
      'See trust as partly your own relationship with it, not only something your partner owes you.',
      'Look at where the fear comes from. A therapist can help with this, and that is a strong choice.',
      'Say what you need out loud, instead of waiting for proof that the worst is true.',
    ],
    tools: ['check-ins', 'agreements', 'journal', 'support'],
  },
  {
    id: 'distance',
    inSentence: 'emotional distance',
    name: 'Emotional distance',
    surface: 'Feeling unseen, living side by side like flatmates, talks that stop short.',
    statements: [
      'We talk about plans and chores far more than about how we feel.',
      'I often feel unseen, even when we are in the same room.',
      'Conversations between us stop before they get anywhere real.',
      'Stress and busy days have worn away the time we had for each other.',
      'There are old arguments between us that were never really settled.',
    ],
    beneath:
      'Usually stress and a full life slowly wearing closeness away, and conflicts that were set aside instead of resolved.',
    work: [
      'Check in about feelings regularly, not only about the week ahead.',
      'Small daily gestures: eye contact, a kind word, a few minutes of full attention.',
      'Say what you feel out loud, and say it often, even when it feels clumsy.',
    ],
    tools: ['check-ins', 'today', 'talk', 'letters'],
  },
  {
    id: 'secrecy',
    inSentence: 'secrecy and lying',
    name: 'Secrecy and lying',
    surface: 'Hidden money, friendships or feelings.',
    statements: [
      'There are things I keep from my partner: about money, friendships or feelings.',
      "I hold things back because I'm afraid of how my partner would react.",
      'When honesty came up between us before, it ended badly.',
      'A small untruth often feels easier to me than a hard conversation.',
      'If my partner asked me something directly right now, I would find it hard to answer honestly.',
    ],
    beneath:
      'Often fear of the other one’s reaction, an old hurt, or a way of talking together that punished honesty when it came.',
    work: [
      'Make honesty safe: meet the truth with curiosity, not accusation.',
      'If you are the one who hides, ask yourself what you fear would happen if you told.',
      'Change how you talk together, so that telling the truth is met with listening.',
    ],
    tools: ['talk', 'agreements', 'journal', 'letters'],
  },
  {
    id: 'infidelity',
    inSentence: 'infidelity',
    name: 'Infidelity, emotional or physical',
    surface: 'Closeness looked for outside the relationship.',
    statements: [
      'Closeness with someone outside our relationship is part of what broke, on my side or my partner’s.',
      'There were needs of mine in this relationship that went unmet for a long time.',
      'Before it happened, there were problems between us that we both avoided.',
      'Around that time, I was carrying something heavy of my own: stress, loss, low mood, or something else.',
      'I want to understand what each of us was living through before it happened, not only what happened.',
    ],
    beneath:
      'Often needs that went unmet, personal struggles, or problems in the relationship that were avoided. None of this excuses it. It helps explain it.',
    work: [
      'Move from blame towards understanding what each of you lived through before it happened.',
      'Find the needs underneath, ideally with a professional beside you.',
      'Rebuild with openness, consistency and commitment, one small kept promise at a time.',
    ],
    tools: ['talk', 'promises', 'agreements', 'support'],
  },
];

export function patternById(id: PatternId): Pattern {
  const pattern = patterns.find((p) => p.id === id);
  if (!pattern) throw new Error(`Unknown pattern ${id}`);
  return pattern;
}

/** The five points of the agree scale, from 1 to 5. */
export const agreeScale = [
  'Disagree strongly',
  'Disagree',
  'Not sure',
  'Agree',
  'Agree strongly',
] as const;

export const levels = ['quiet', 'some', 'strong'] as const;
export type Level = (typeof levels)[number];

/**
 * How strongly a pattern speaks to someone, from their five answers (each 1 to 5).
 * The sum runs from 5 to 25: up to 12 (an average below 2.5) is quiet, up to 17 (below 3.5)
 * is some, and 18 or more is strong.
 */
export function scorePattern(answers: readonly number[]): { score: number; level: Level } {
  if (
    answers.length !== STATEMENTS_PER_PATTERN ||
    answers.some((a) => !Number.isInteger(a) || a < 1 || a > 5)
  ) {
    throw new Error('Each pattern needs five answers from 1 to 5.');
  }
  const score = answers.reduce((sum, a) => sum + a, 0);
  return { score, level: score <= 12 ? 'quiet' : score <= 17 ? 'some' : 'strong' };
}

export const levelWords: Record<Level, { short: string; mine: string; theirs: string }> = {
  quiet: {
    short: 'Speaks a little',
    mine: 'This speaks to you a little.',
    theirs: 'This speaks to them a little.',
  },
  some: {
    short: 'Speaks in part',
    mine: 'Parts of this speak to you.',
    theirs: 'Parts of this speak to them.',
  },
  strong: {
    short: 'Speaks strongly',
    mine: 'This speaks to you strongly.',
    theirs: 'This speaks to them strongly.',
  },
};

export const stanceIds = ['broke', 'hurt', 'both', 'unsaid'] as const;
export type StanceId = (typeof stanceIds)[number];

export const stances: Record<
  StanceId,
  { label: string; mine: string; theirs: (name: string) => string }
> = {
  broke: {
    label: 'I broke the trust',
    mine: 'You said you broke the trust.',
    theirs: (n) => `${n} said they broke the trust.`,
  },
  hurt: {
    label: 'I was hurt',
    mine: 'You said you were hurt.',
    theirs: (n) => `${n} said they were hurt.`,
  },
  both: {
    label: 'Both of us',
    mine: 'You said you both carry part of it.',
    theirs: (n) => `${n} said you both carry part of it.`,
  },
  unsaid: {
    label: "I'd rather not say",
    mine: "You'd rather not say.",
    theirs: (n) => `${n} would rather not say.`,
  },
};
