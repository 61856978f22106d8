// Words for the private reflection page: answering, results, sharing, stance, history.

export const reflection = {
  title: 'Reflection',
  heading: 'Your private reflection',
  lead: 'A quiet look at what may sit underneath what happened. Only you can see it. You choose what, if anything, your partner sees.',

  intro: {
    heading: 'Four patterns, about five minutes',
    body: [
      'Trust usually breaks at the end of something longer. Here you look at four patterns that often sit underneath: insecurity, distance, secrecy and infidelity.',
      'For each, you will read five short statements and say how much you agree. There are no right answers, and no score to pass. You can take it again whenever you like.',
    ],
    start: 'Start the reflection',
    again: 'Take it again',
  },

  form: {
    step: (n: number, of: number) => `Pattern ${n} of ${of}`,
    scaleHint: 'How much do you agree?',
    noteLabel: 'What I notice in myself (optional)',
    noteHint: 'Only you see this, unless you choose to share it later.',
    missing: 'Choose an answer for each statement before you go on.',
    next: 'Next',
    back: 'Back',
    cancel: 'Stop for now',
    cancelConfirm: 'Stop now? What you have answered so far will not be kept.',
    cancelYes: 'Yes, stop',
    cancelNo: 'Keep going',
    finish: 'See what it shows',
    busy: 'Saving…',
  },

  result: {
    heading: 'What your reflection shows',
    takenOn: (when: string) => `From ${when}`,
    more: 'What it may mean',
    beneath: 'What often lies beneath',
    work: 'Where the work goes',
    tools: 'What helps',
    yourNote: 'Your note',
    shared: 'Shared with your partner',
    private: 'Only you can see this',
    share: 'Share this pattern',
    unshare: 'Stop sharing',
    shareLabel: (pattern: string) => `Share "${pattern}" with your partner`,
    unshareLabel: (pattern: string) => `Stop sharing "${pattern}"`,
  },

  sharing: {
    heading: 'Sharing',
    body: 'Your partner sees only what you share: how strongly a pattern speaks to you, and your note if you include it. They never see your answers to each statement, or anything you keep private.',
    includeNotes: 'Include my notes with what I share',
    shareAll: 'Share the whole result',
    unshareAll: 'Make it all private',
    saved: 'Saved. Your partner sees exactly what is marked as shared.',
    cannot:
      'Sharing is paused for you right now, or you do not have a shared space yet. Everything here stays private.',
  },

  stance: {
    heading: 'Where you stand',
    body: 'Only if you want to say it. It helps us suggest where to start: owning it first for the one who broke trust, room to grieve for the one who was hurt.',
    legend: 'Which is closest for you?',
    said: (label: string) => `You said: ${label}.`,
    change: 'Change',
    share: 'Share this with my partner',
    save: 'Save',
    busy: 'Saving…',
    saved: 'Saved.',
    sharedNote: 'Your partner can see this.',
    privateNote: 'Only you can see this.',
  },

  history: {
    heading: 'Earlier reflections',
    item: (when: string) => `From ${when}`,
    delete: 'Delete',
    deleteLabel: (when: string) => `Delete the reflection from ${when}`,
    confirm: 'Delete this reflection for good? This cannot be undone.',
    confirmYes: 'Yes, delete it',
    keep: 'Keep it',
    deleted: 'Deleted.',
  },

  partner: {
    heading: (name: string) => `What ${name} shared with you`,
    headingNoName: 'What your partner shared with you',
    none: 'Nothing here yet. If your partner chooses to share part of their reflection, it will show here.',
    noPartner:
      'When your partner joins your space and chooses to share part of their reflection, it will show here.',
    theirNote: 'Their note',
    sharedOn: (when: string) => `From ${when}`,
  },

  toPath: 'See your path',
} as const;
