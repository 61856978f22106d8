// Words for Today, the home screen.

export const today = {
  act: {
    heading: 'One small thing for today',
    why: (stage: string) => `Chosen for where you are: ${stage}.`,
    /** Under an act that points toward oneself, not toward the partner. */
    forYou: 'This one is just for you.',
    done: 'I did it',
    skip: 'Not today',
    busy: 'One moment…',
    doneNote: 'Marked as done. Small things like this are how trust comes back.',
    skippedNote: "That's fine. There will be another small thing tomorrow.",
    undo: 'Undo',
    /** Under an act that asks you to write something down. */
    write: 'Write it in your journal',
    writeNote: 'Only you can see your journal.',
  },
  offer: {
    heading: 'Before anything else: are you safe?',
    body: 'A short check with four questions, only for you. Your partner never sees it. You can find it again under Support at any time.',
    open: 'Take the safety check',
    notNow: 'Not now',
  },
  waiting: {
    heading: 'Waiting for you',
    none: 'Nothing is waiting for you right now. Take today as it comes.',
  },
  path: {
    heading: 'On your path',
    open: 'Open your path',
    reflection: 'Your private reflection',
    firstSteps: 'Your first steps',
  },
  solo: {
    heading: "You're using Kintsugi alone",
    body: 'Shared things are paused for you, and your partner was not told. Your journal and private reflection are here for you.',
    manage: 'Change this in the safety check',
  },
} as const;
