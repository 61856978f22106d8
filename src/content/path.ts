// Words for the path and its stage pages.

export const path = {
  title: 'Path',
  lead: 'Seven stages, walked in your own order. You can be in several at once, and going back to one is part of the way.',
  focusHeading: 'A place to focus next',
  focusOpen: (stage: string) => `Open ${stage}`,
  stagesHeading: 'The seven stages',
  stageNumber: (n: number) => `Stage ${n}`,
  markLegend: (stage: string) => `Where are you with ${stage}?`,
  /** On the list of stages, where only one stage shows its choices at a time. */
  yourMark: (status: string) => `Your own mark: ${status}`,
  changeMark: 'Change',
  changeMarkLabel: (stage: string) => `Change my mark for ${stage}`,
  ownLead:
    "Each of you marks the path for yourself. Your mark never changes your partner's, and theirs never changes yours.",
  marked: (when: string) => `You marked it ${when}`,
  carriedOver: (when: string) => `Marked for both before marks were separate, ${when}`,
  partnerMark: (name: string, status: string) => `${name}'s own mark: ${status}`,
  partnerNotYet: (name: string) => `${name} has not marked it yet.`,
  partnerMarked: (when: string) => `Marked ${when}`,
  goingBack:
    'Coming back to a stage is normal. Healing is not a straight line, and nothing here is a test.',
  noSpace:
    'You can read every stage now. To mark where the two of you are, start your shared space on Today.',
  paused: 'Marking stages is paused for you right now. You can still read every stage.',
  stale:
    'Your mark changed a moment ago, perhaps in another window. Here is where it stands now; choose again if you like.',
  saved: (stage: string, status: string) => `${stage}: ${status}.`,
  historyHeading: 'Changes so far',
  historyNone:
    'No changes yet. When either of you marks a stage for yourself, it shows here with who and when.',
  historyEarlier: (n: number) => (n === 1 ? 'One earlier change' : `${n} earlier changes`),
  historyItem: (who: string, stage: string, from: string, to: string) =>
    `${who} moved ${stage} from "${from}" to "${to}"`,
  historyItemStage: (who: string, from: string, to: string) =>
    `${who} moved it from "${from}" to "${to}"`,
  historyCarried: 'Marked for both before marks were separate',
  whoYou: 'You',
  whoLeft: 'Someone who has left',
  back: 'Back to your path',
  about: 'What this stage is about',
  helps: 'What helps',
  questions: 'Questions for this stage',
  tools: 'Tools for it',
  /** Each stage's marks, read out for screen readers. */
  marksHeading: (stage: string) => `Marks for ${stage}`,
  reflection: 'Your private reflection',
  reflectionLead:
    'The suggestion uses your own reflection, and only what your partner chose to share.',
} as const;
