// Words for letters between partners: prompts, drafts, sending now or at a chosen time, replies.

export interface LetterPrompt {
  id: string;
  label: string;
  text: string;
}

export const letterPrompts: readonly LetterPrompt[] = [
  {
    id: 'trust-means',
    label: 'What trust means to me',
    text: 'When I think about trust between us, what it means to me is…',
  },
  { id: 'what-i-miss', label: 'What I miss', text: 'Something I miss about us is…' },
  {
    id: 'afraid-of',
    label: "What I'm afraid of",
    text: "Something I'm afraid of, and haven't found a way to say, is…",
  },
  { id: 'hope-for', label: 'What I hope for', text: 'What I hope for us, one day at a time, is…' },
];

export const letters = {
  title: 'Letters',
  lead: 'Words that need more room than a conversation. Write when you are ready, send when it feels right.',
  write: 'Write a letter',
  inboxHeading: 'Letters to you',
  inboxEmpty: 'No letters yet. When your partner sends one, it will wait for you here.',
  mineHeading: 'Letters you wrote',
  mineEmpty: 'You have not written a letter yet.',
  newTitle: 'A letter to your partner',
  replyTitle: 'Your reply',
  promptLegend: 'Start from a prompt (optional)',
  promptNone: 'No prompt',
  bodyLabel: 'Your letter',
  bodyHint: 'Your partner sees it only when you send it, or at the time you choose.',
  whenLegend: 'When should it arrive?',
  whenDraft: 'Keep it as a draft for now',
  whenNow: 'Send it now',
  whenLater: 'At a time I choose',
  timeLabel: 'Arrives at',
  timeMissing: 'Choose a day and a time.',
  timeHint: 'Your own time. It arrives even if you are not online then.',
  saveDraft: 'Save draft',
  sendNow: 'Send letter',
  schedule: 'Schedule letter',
  busy: 'Saving…',
  sent: 'Sent. Your partner can read it now.',
  scheduled: (when: string) =>
    `It will arrive ${when}. Until then, only you can see it, and you can still change it.`,
  draftSaved: 'Saved as a draft. Only you can see it.',
  statusDraft: 'Draft, only you can see it',
  statusScheduled: (when: string) => `Arrives ${when}`,
  statusSent: (when: string) => `Delivered ${when}`,
  from: (name: string) => `From ${name}`,
  to: (name: string) => `To ${name}`,
  newMark: 'New',
  reply: 'Write back',
  repliesHeading: 'Replies',
  inReplyTo: 'A reply to your letter',
  edit: 'Change or send',
  delete: 'Delete letter',
  deleteHeading: 'Not sending it after all?',
  deleteConfirm:
    'Delete this letter? It has not been delivered, so your partner will never see it.',
  deleteYes: 'Yes, delete it',
  deleteNo: 'Keep it',
  deleted: 'The letter is deleted.',
  back: 'Back to letters',
  notFound: "We couldn't find that letter.",
  noPartner:
    'Letters go to your partner. Once they have joined your space, you can write to them here.',
  waitingTitle: 'A letter from your partner is waiting',
  timelineLabel: 'A letter was delivered',
  fromJournal:
    'A piece from your journal has been copied in. Change it as you like before sending.',
} as const;
