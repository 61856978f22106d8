// Words for memories: time together, planned lightly and remembered in one line each. Nothing
// is counted, nothing is due, and no plan is a test of anyone.

import type { IdeaCost, IdeaEnergy, IdeaPlace, IdeaTime } from './ideas.ts';

export const ideaTimeLabels: Record<IdeaTime, string> = {
  short: 'An hour or so',
  evening: 'An evening',
  'half-day': 'Half a day',
  day: 'A whole day',
};
export const ideaCostLabels: Record<IdeaCost, string> = {
  free: 'Free',
  little: 'A little',
  some: 'Some money',
};
export const ideaEnergyLabels: Record<IdeaEnergy, string> = {
  low: 'Low energy',
  medium: 'Some energy',
  high: 'Lots of energy',
};
export const ideaPlaceLabels: Record<IdeaPlace, string> = {
  home: 'At home',
  out: 'Out',
};

export const memories = {
  title: 'Memories',
  heading: 'Memories',
  lead: 'New memories are made of small, ordinary time together. Plan one lightly; afterwards, each of you keeps one line about it.',
  pausedNotice:
    'Shared things are paused right now, so nothing new can be planned or added. What you have made together is still here to read.',
  aloneNotice:
    'Once your partner has joined your space, you can plan time together here. Until then, the ideas are here to look through.',

  // Ideas
  ideasHeading: 'Ideas',
  ideasLead:
    'The gentlest ones come first: side by side, with little to say. There is no order to follow.',
  filterSummary: 'Choose by time, cost, energy or place',
  filterTime: 'How long',
  filterCost: 'Cost',
  filterEnergy: 'Energy',
  filterPlace: 'Where',
  filterAny: 'Any',
  ideasShown: (count: number) => (count === 1 ? 'One idea fits.' : `${count} ideas fit.`),
  ideasNone: 'No idea fits all of these. Try loosening one.',
  showMoreIdeas: 'Show more ideas',
  showIdeas: 'Show the ideas',
  pickIdeaShort: 'Plan this',

  // Planning
  planHeading: 'Plan a time together',
  titleLabel: 'What you would like to do',
  titleHint: 'Your partner sees this. Keep it simple.',
  dayLabel: 'Which day',
  timeLabel: 'What time (leave it empty for the whole day)',
  plan: 'Ask my partner',
  planning: 'Sending…',
  planned: 'Sent. Your partner can say yes, or suggest another time.',

  // Lists
  waitingHeading: 'Waiting for an answer',
  plannedHeading: 'Coming up',
  pastHeading: 'Remembered',
  emptyHeading: 'Nothing planned yet',
  emptyBody: [
    'When one of you plans some time together, it shows here for you both. Pick an idea below, or write your own.',
  ],
  olderLabel: 'Show older plans',
  olderLoaded: (n: number) => (n === 1 ? 'One older plan loaded.' : `${n} older plans loaded.`),
  pastEmpty: 'After a time together, it comes here, with the line each of you keeps.',
  allDay: 'the whole day',
  onDay: (when: string) => `On ${when}`,
  byMe: 'You suggested this time.',
  byPartner: (name: string) => `${name} suggested this time.`,
  byClosed: 'Planned in your shared space.',
  confirmedTag: 'You both said yes',
  waitingForPartner: (name: string) => `Waiting for ${name} to answer. There is no hurry.`,
  waitingForMe: (name: string) => `${name} would like to do this with you.`,
  confirm: 'Yes, that works',
  confirming: 'Saying yes…',
  suggestOther: 'Suggest another time',
  suggestHeading: 'Another time',
  suggest: 'Suggest this time',
  suggesting: 'Sending…',
  cancelSuggest: 'Never mind',
  calendar: 'Add to my calendar',
  calendarHint: 'It says only “Time together”, nothing private.',
  calendarWithTitle: 'With the title instead',
  remove: 'Call it off',
  removeTitle: 'Call this off?',
  removeBody: 'This removes the plan for both of you. It cannot be undone.',
  removeYes: 'Yes, call it off',
  removing: 'Removing…',
  removeNo: 'Keep it',
  removed: 'Called off. Plans change; that is fine.',

  // Remembering
  keepHeading: 'What I will keep',
  keepLabel: 'One line of what you will keep from this',
  keepHint: 'Your partner reads it. Only you can change it.',
  keepSave: 'Keep this line',
  keepSaving: 'Saving…',
  keepSaved: 'Kept.',
  keepEdit: 'Change my line',
  keepMine: 'You',
  keepPartner: (name: string) => name,
  keepPartnerNotYet: (name: string) => `${name} hasn't written a line yet.`,
  keepNone: 'No line.',
  photoHeading: 'A photo',
  photoAlt: (title: string) => `A photo from “${title}”`,
  photoLabel: 'Add a photo (you can leave this)',
  photoHint:
    'One photo, up to 5 MB. We remove where and with what it was taken before it is kept. Only the two of you see it.',
  photoAdd: 'Add this photo',
  photoAdding: 'Adding…',
  photoAdded: 'Added.',
  photoByMe: 'You added this photo.',
  photoByPartner: (name: string) => `${name} added this photo.`,
  photoRemove: 'Remove my photo',
  photoRemoveTitle: 'Remove this photo?',
  photoRemoveBody: 'It goes for both of you. You can add another afterwards.',
  photoRemoveYes: 'Yes, remove it',
  photoRemoveNo: 'Keep it',
  photoRemoving: 'Removing…',
  photoChoose: 'Choose a photo first.',

  // Today and the timeline (no title, never anyone's words)
  waitingTitle: 'Your partner suggested some time together',
  timelinePlanned: 'Time together, planned',
  timelineHappened: 'Time together',

  // Errors and refusals
  notFound: "We couldn't find that memory.",
  titleRequired: 'Say in a few words what you would like to do.',
  titleTooLong: 'Keep it to 120 characters.',
  onInvalid: 'Choose a day (and a time, if you like).',
  onOutOfRange: 'Choose a day within two years back or five years ahead.',
  unknownIdea: 'That idea is not in the list. Write your own title instead.',
  lineRequired: 'Write a line, or leave it for now.',
  lineTooLong: 'Keep it to one line: 500 characters at most.',
  needPartner: 'Once your partner has joined your space, you can plan time together here.',
  notYourTurn: 'You put this time forward. Your partner can say yes, or suggest another.',
  alreadyRemembered: 'This one is remembered already, with words in it. Plan a new time instead.',
  alreadyConfirmed: 'You have both said yes to this already.',
  notYet: 'You can write your line once the day has come and you have both said yes.',
  notPlanner: 'Only the one who planned this can call it off.',
  holdsPartnersWords:
    'This memory holds your partner’s words or photo now, so it stays. You can still change your own line.',
  photoBusy: 'Your partner added a photo already. One photo per memory.',
  photoNotYours: 'Only the one who added the photo can remove it.',
  photoNone: 'There is no photo here to remove.',
  photoTooBig: 'That photo is over 5 MB. Try a smaller one, or take a screenshot of it.',
  photoUnreadable: 'We could not read that as a photo. Try a JPEG, PNG or WebP picture.',
  photoFormat: 'Send the photo as base64 text, or as a data: URL.',
  calendarSummary: 'Time together',
} as const;

/** The memories section of the readable export. */
export const readableMemories = {
  title: 'Memories',
  partner: 'Your partner',
  asked: (when: string) => `Asked for ${when}.`,
  planned: (when: string) => `Planned for ${when}, and you both said yes.`,
  happened: (when: string) => `Together on ${when}.`,
  mine: 'What you keep:',
  theirs: (name: string) => `What ${name} keeps:`,
  photoMine: 'The photo you added.',
  photoTheirs: (name: string) => `The photo ${name} added.`,
} as const;
