// Words for ownership statements, and the gentle notes shown before sending. Each note names a
// way of speaking that tends to minimise, excuse or shift blame, says why it often lands badly,
// and offers something to try instead. The notes advise; the author decides. When none is found,
// the screen says only that, never that the words are good, and offers the parts of an apology.

export type NoteKind =
  | 'conditional'
  | 'about-you'
  | 'sorry-but'
  | 'justifying'
  | 'minimising'
  | 'blaming'
  | 'their-feelings'
  | 'moving-on'
  | 'normalising'
  | 'agentless'
  | 'self-pity'
  | 'vouching'
  | 'half-promise'
  | 'reads-like';

export interface PhraseRule {
  id: NoteKind;
  /** How the note names what it noticed. */
  label: string;
  why: string;
  instead: string;
}

/** One note per way of speaking. The shapes that find them live in features/talks. */
export const phraseRules: readonly PhraseRule[] = [
  {
    id: 'conditional',
    label: 'An apology with an "if"',
    why: '"Sorry if I hurt you" leaves room for the hurt not to be real. It was real.',
    instead: 'Drop the "if". Say it straight: "I hurt you when I…".',
  },
  {
    id: 'about-you',
    label: 'Sorry about their feelings',
    why: 'Being sorry that they were hurt, or about how it went, is not the same as being sorry for what you did.',
    instead: 'Put yourself in the sentence: "I\'m sorry I…".',
  },
  {
    id: 'sorry-but',
    label: '"Sorry, but…"',
    why: 'The "but" takes the apology back before it has landed.',
    instead: 'Let the apology stand alone. Reasons can come later, if your partner asks for them.',
  },
  {
    id: 'justifying',
    label: 'A reason that sounds like an excuse',
    why: 'What you felt back then may be true. Put beside what you did, it can sound like the reason it was allowed.',
    instead:
      'Own the choice first: "I chose to…". What was going on for you can be its own talk, when your partner wants it.',
  },
  {
    id: 'minimising',
    label: 'Making it smaller',
    why: 'Words like "just", "only once" or "at least" shrink what happened. To the one who was hurt, it was not small.',
    instead: 'Say what you did plainly, without sizing it. How big it was is theirs to feel.',
  },
  {
    id: 'blaming',
    label: 'Pointing back at your partner',
    why: 'When your partner appears as a cause, the apology turns into a case against them. The rest gets lost.',
    instead:
      'Keep this statement about you. Their part, if there is one, belongs in another talk, another day.',
  },
  {
    id: 'their-feelings',
    label: 'Judging how they feel',
    why: 'Calling their reaction too much tells them their pain is wrong. It closes the door you are trying to open.',
    instead: 'Their reaction shows how much it hurt. Name the hurt instead.',
  },
  {
    id: 'moving-on',
    label: 'Hurrying them on',
    why: 'Healing has no timer. Asking to move on, or pointing at how long it has been, tells them to hurry their grief.',
    instead: 'Offer to stay with it: "I\'m here when it comes back, as often as it does."',
  },
  {
    id: 'normalising',
    label: 'Making it sound normal',
    why: '"Everyone does it" or "anyone would" spreads it thin. Your partner needs to hear about you, not about people.',
    instead: 'Speak only for yourself: what you did, and that it was yours.',
  },
  {
    id: 'agentless',
    label: 'Nobody doing it',
    why: '"It just happened" or "mistakes were made" leaves out who did it. Your partner needs to hear that you made choices.',
    instead: 'Put "I" back in: "I chose…", "I said…", "I kept…".',
  },
  {
    id: 'self-pity',
    label: 'Your pain in the middle',
    why: 'What you feel now may be real and heavy. Here it takes the space your partner needs for their own hurt.',
    instead:
      'Keep this statement on what you did and how it hurt them. Your own pain deserves care too, somewhere else.',
  },
  {
    id: 'vouching',
    label: 'Asking them to vouch for you',
    why: '"You know I would never…" asks them to speak for you at the moment they are least sure of you.',
    instead: 'Say it for yourself: "I love you, and I broke your trust."',
  },
  {
    id: 'half-promise',
    label: 'A half promise',
    why: '"I\'ll try" or "hopefully" leaves a way out. It can sound like a promise you are not sure you will keep.',
    instead: 'Choose one small thing you can truly do, and say it plainly: "I will…".',
  },
  {
    id: 'reads-like',
    label: 'Close to words that often land badly',
    why: 'None of the phrases we look for are here, but this sentence is close to ones that often land as an excuse, as blame or as a hurry to move on.',
    instead:
      'Read it once as your partner might. If it explains, shrinks or points away from you, say plainly what you did and that it was your choice. If it does none of that, leave it as it is.',
  },
];

export const ownership = {
  listHeading: 'Ownership statements',
  listLead: 'Saying plainly what you did, how it hurt, and what you will do differently.',
  listEmpty: 'None yet.',
  write: 'Write an ownership statement',
  awaitsMark: 'Waiting for your answer',
  yourStatement: 'Your statement',
  theirStatement: (name: string) => `From ${name}`,
  newTitle: 'An ownership statement',
  newLead:
    'Three parts, in your own words. No need to be perfect, only honest. Before you send it, we will point out phrases that often land badly. You decide what to change.',
  whatIDidLabel: 'What I did',
  whatIDidHint: 'Plainly, without making it bigger or smaller.',
  howItHurtLabel: 'How it hurt you',
  howItHurtHint: 'What you understand about what it cost your partner.',
  whatIWillDoLabel: 'What I will do differently',
  whatIWillDoHint: 'Small and concrete is better than big and vague.',
  notesHeading: 'Before you send it',
  notesNone:
    'None of the phrases we look for are here. That says nothing about whether it is ready: only you can tell.',
  checklistHeading: 'If it helps, the parts of an apology',
  checklistLead:
    'Only for you, and only if you want it. Tick what you have said in your own words. Nothing here is sent or saved.',
  checklist: [
    'I said plainly what happened, and that I did it.',
    'I said it was my choice, not something that happened to me.',
    'I named how it hurt my partner, as far as I understand it.',
    'I said what changes from now on.',
    'I asked what would help my partner now.',
  ],
  notesIntro:
    'A few phrases here often land in a way you may not intend. These are suggestions. You can change them, or send it as it is.',
  noteIn: (field: string) => `In "${field}"`,
  noteWords: (match: string) => `Your words: "${match}"`,
  noteWhy: 'Why it can land badly',
  noteInstead: 'Something to try instead',
  check: 'Check my words',
  send: 'Send to my partner',
  sendAnyway: 'Send as it is',
  sending: 'Sending…',
  sent: 'Sent. Your partner can answer when they are ready.',
  back: 'Back to Talk',
  notFound: "We couldn't find that statement.",
  fromYou: 'You wrote',
  fromThem: (name: string) => `${name} wrote`,
  versionLabel: (n: number) => `Version ${n}`,
  answerHeading: 'Your answer',
  answerLead:
    'You do not have to forgive anything to answer. Say what reached you, and what did not yet.',
  landedLabel: 'What landed',
  missingLabel: 'What is still missing',
  answer: 'Send my answer',
  answered: 'Your answer is sent.',
  answerFrom: (name: string) => `${name} answered`,
  yourAnswer: 'Your answer',
  waitingAnswer: 'Your partner has not answered this version yet. They can take their time.',
  newVersion: 'Write a new version',
  newVersionLead:
    'A new version is kept beside the earlier ones. Your partner will see all of them.',
  waitingTitle: 'An ownership statement is waiting for your answer',
  noPartner:
    'An ownership statement goes to your partner. Once they have joined your space, you can write one here.',
} as const;
