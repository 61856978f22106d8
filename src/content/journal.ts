// Words for the private journal: prompts, feelings to tag, and the screens' words.
// The journal is its author's alone; the words say so plainly, without making it scary.

export interface Prompt {
  id: string;
  text: string;
}

export const journalPrompts: readonly Prompt[] = [
  { id: 'right-now', text: 'What am I feeling right now, and where do I feel it in my body?' },
  { id: 'hardest-today', text: 'What was the hardest moment today?' },
  { id: 'small-good', text: 'What was one small thing that felt a little better today?' },
  { id: 'cant-say', text: "What do I want to say that I can't say out loud yet?" },
  { id: 'need', text: 'What do I need, and who could I ask for it?' },
  { id: 'trust-looks', text: 'What would trust look like on an ordinary Tuesday?' },
  { id: 'afraid', text: 'What am I most afraid of at the moment?' },
  { id: 'proud', text: 'What did I do today that I can be quietly proud of?' },
  { id: 'old-wound', text: 'Does this hurt remind me of an older one? Which?' },
  { id: 'kind-words', text: 'What would I say to a friend who felt the way I do tonight?' },
];

export const emotions = [
  'sad',
  'angry',
  'afraid',
  'numb',
  'confused',
  'ashamed',
  'lonely',
  'tired',
  'hopeful',
  'calm',
  'relieved',
  'grateful',
] as const;
export type Emotion = (typeof emotions)[number];

export const emotionLabels: Record<Emotion, string> = {
  sad: 'Sad',
  angry: 'Angry',
  afraid: 'Afraid',
  numb: 'Numb',
  confused: 'Confused',
  ashamed: 'Ashamed',
  lonely: 'Lonely',
  tired: 'Tired',
  hopeful: 'Hopeful',
  calm: 'Calm',
  relieved: 'Relieved',
  grateful: 'Grateful',
};

export const journal = {
  title: 'Journal',
  privateNote: 'Only you can read this journal. Not your partner, not anyone else.',
  write: 'Write an entry',
  emptyHeading: 'Nothing here yet',
  emptyBody: 'When you want to, write a few lines. There is no right length and no wrong day.',
  searchLabel: 'Search your journal',
  searchButton: 'Search',
  searchClear: 'Show all entries',
  noMatches: 'No entries match that. Try a shorter word.',
  listHeading: 'Your entries',
  newTitle: 'New journal entry',
  editTitle: 'Journal entry',
  promptLabel: 'A prompt, if you want one',
  promptNone: 'No prompt, just write',
  bodyLabel: 'What you want to write',
  bodyHint: 'Only you will see this.',
  emotionsLegend: 'How you feel (optional)',
  save: 'Save entry',
  saving: 'Saving…',
  saved: 'Saved. Only you can see it.',
  delete: 'Delete entry',
  deleteHeading: 'Not keeping this entry?',
  deleteConfirm: 'Delete this entry for good? This cannot be undone.',
  deleteYes: 'Yes, delete it',
  deleteNo: 'Keep it',
  deleted: 'The entry is deleted.',
  back: 'Back to your journal',
  notFound: "We couldn't find that entry.",
  shareHeading: 'Share a piece of this',
  shareBody:
    'You can copy a part of this entry into a letter or a conversation. The entry itself stays private; only the part you choose is copied, and you can still change it before it is sent.',
  useSelection: 'Use the text I selected',
  shareLabel: 'The part you want to share',
  shareHint: 'Select text in your entry first, or type or paste the part here.',
  shareToLetter: 'Copy into a new letter',
  shareToTalk: 'Copy into a conversation',
  shareEmpty: 'Choose or type the part you want to share first.',
  written: (when: string) => `Written ${when}`,
  edited: (when: string) => `Changed ${when}`,
} as const;
