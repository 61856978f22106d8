// Words for owning your data: notices when a partner leaves, the export, deleting an account,
// and account activity.

export const notices = {
  partner_left: 'Your partner left the shared space.',
  partner_deleted: 'Your partner closed their Kintsugi account. The shared space has closed.',
  after:
    'Everything you wrote is still yours: your letters, your check-ins, your journal, your side of every conversation. What you agreed together stays here to read, as it was when the space closed. If you both want to start again, one of you can make a new space and send a new invite.',
  afterDeleted:
    'Everything you wrote is still yours: your letters, your check-ins, your journal, your side of every conversation. Their words are gone. Where they were part of something you made together, you will see a short line instead. What you both agreed to stays as you agreed it.',
  dismiss: 'Okay',
  heading: 'A change in your space',
} as const;

export const exportWords = {
  heading: 'Your data',
  lead: 'Download everything you wrote here, and everything your partner chose to share with you. Nothing your partner kept private is in it.',
  json: 'Download as data (JSON)',
  html: 'Download as a readable page',
  htmlNote:
    'The readable page opens in any browser and prints well. Your safety check stays off the printed copy unless you choose it there. Keep it somewhere only you can reach.',
  documentTitle: 'Your Kintsugi export',
  documentLead:
    'Everything you wrote in Kintsugi, and everything your partner chose to share with you. Nothing your partner kept private is here.',
  exportedAt: (when: string) => `Made on ${when}.`,
  nothing: 'Nothing here.',
  yes: 'Yes',
  no: 'No',
  none: '—',
} as const;

/** Headings for the export's sections, by feature name; unknown ones get their name, spaced. */
export const sectionLabels: Record<string, string> = {
  accounts: 'Your account',
  couples: 'Your shared space',
  timeApart: 'Time apart',
  dataRights: 'Notices and healing timeline marks',
};

export const deleteWords = {
  heading: 'Delete your account',
  lead: 'This closes your account at once. It cannot be undone.',
  goesHeading: 'What goes',
  goes: [
    'Your email, your name and your password. Nobody can sign in as you again.',
    'Everything you wrote: journal, reflection, check-ins, letters (sent or not), promises, lines for your shared future your partner had not accepted, your answers and your safety check.',
    'Your side of a conversation becomes a short line: “removed when this account was closed”. So do statements you wrote, and agreement wording your partner never said yes to.',
  ],
  staysHeading: 'What stays, for your partner',
  stays: [
    'Everything your partner wrote stays theirs: their letters, their turns, their statements, their check-ins and replies.',
    'An agreement you both said yes to stays as you agreed it, to read only. So do the lines of your shared future you both accepted, and the versions you both signed.',
    'If you share a space, it closes. Your partner is told only that your account is gone. Never why.',
  ],
  exportFirst: 'You may want to download your data first.',
  password: 'Type your password to confirm',
  confirm: 'Delete my account',
  busy: 'Deleting…',
  done: 'Your account is gone.',
} as const;

/** Put in place of a closed account's words inside things made together, and as its name. */
export const closedAccount = {
  removed: 'removed when this account was closed',
  name: 'A closed account',
} as const;

export const activityWords = {
  heading: 'Account activity',
  lead: 'Sign-ins, sign-outs and changes to your password or email. Only you see this.',
  newHeading: 'New since you were last here',
  newLead: "If something here wasn't you, change your password and sign out everywhere.",
  seen: 'Got it',
  empty: 'Nothing yet.',
  thisDevice: 'this device',
  kinds: {
    account_created: 'Account created',
    signed_in: 'Signed in',
    signed_out: 'Signed out',
    password_changed: 'Password changed',
    email_changed: 'Email changed',
    session_ended: 'A device was signed out',
    other_sessions_ended: 'Signed out everywhere else',
    sign_up_tried: 'Someone tried to make a new account with your email. Nothing was opened.',
    passkey_added: 'A passkey was added',
    passkey_removed: 'A passkey was removed',
    totp_turned_on: 'Codes from an app were turned on',
    totp_turned_off: 'Codes from an app were turned off',
    recovery_codes_made: 'New recovery codes were made',
    second_step_failed:
      'Someone typed your password, then a code that didn’t work. Nothing was opened. If this wasn’t you, change your password.',
    app_lock_set: 'App lock PIN set or changed',
    app_lock_removed: 'App lock turned off',
    app_lock_tries_ended_session: 'Too many wrong PINs: that device was signed out',
    new_device_signed_in: 'Signed in from a new device',
    email_change_requested: 'A new email was asked for (it changes once its link is opened)',
  },
  /** How a sign-in was made, said after "Signed in". */
  via: {
    password: 'with your password',
    password_totp: 'with your password and a code from your app',
    password_passkey: 'with your password and a passkey',
    password_recovery_code: 'with your password and a recovery code',
    passkey: 'with a passkey',
  },
} as const;

export const emailWords = {
  heading: 'Email',
  lead: 'To change your email, type your current password too.',
  newEmail: 'New email',
  password: 'Current password',
  save: 'Change email',
  busy: 'Changing…',
  done: 'Your email is changed. Any other device you were signed in on is signed out now.',
  pending: (email: string) =>
    `We've sent a link to ${email}. Your email changes once it is opened there; until then, it stays as it is. We've also let your current address know.`,
} as const;

/**
 * Words of the readable export (decision 141): a page a person would keep, in sentences. Pattern,
 * stage, feeling and question names come from their own content files, so they read as in the app.
 */
export const readable = {
  forName: (name: string) => `For ${name}.`,
  madeOn: (when: string, zone: string) => `Made on ${when} (times are in ${zone} time).`,
  inItHeading: 'What is in it',
  inItLead: 'Everything you wrote in Kintsugi, and what your partner chose to share with you.',
  inItList: (list: string) => `In it: ${list}.`,
  inItNothing: 'You have not written anything yet. This page will fill as you do.',
  safeHeading: 'Keep it safe',
  safe: [
    'This is private. It holds your own words, some of them written only for you.',
    'Keep it somewhere only you can reach: not a shared computer, a shared folder or a family photo album. If you print it, keep the paper somewhere private too, or shred it when you no longer need it.',
    'Your safety check is near the end, under its own heading. It is left out when you print, unless you choose otherwise there.',
  ],
  contents: 'Contents',
  toContents: 'Back to the contents',
  count: (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`,
  sections: {
    account: 'Your account',
    reflection: 'Your reflection',
    checkins: 'Your check-ins',
    letters: 'Letters',
    journal: 'Your journal',
    conversations: 'Conversations',
    ownership: 'Ownership statements',
    agreements: 'Agreements',
    promises: 'Promises',
    path: 'Your path',
    more: 'Small acts, time apart and other notes',
    partner: 'What of your partner’s is here, and why',
    safety: 'Your safety check (only yours)',
    other: 'Anything else',
  },
  account: {
    signedUp: (name: string, email: string, when: string) =>
      `You signed up as ${name}, with the email ${email}, on ${when}.`,
    zone: (zone: string) => `Your time zone is ${zone}.`,
    space: (partner: string, since: string) => `You share a space with ${partner} since ${since}.`,
    spaceAlone: (since: string) => `You made a space on ${since}; your partner has not joined yet.`,
    noSpace: 'You are not in a shared space right now.',
    earlier: (from: string, to: string) => `You were in an earlier space from ${from} to ${to}.`,
    devices: (n: number) =>
      n === 1 ? 'You are signed in on one device.' : `You are signed in on ${n} devices.`,
    activityHeading: 'Account activity',
  },
  reflection: {
    none: 'You have not taken the reflection yet.',
    latest: (when: string) => `Your latest reflection, from ${when}`,
    lead: 'How much each pattern spoke to you, strongest first. Your answers to each statement stay in the data download.',
    earlier: 'Earlier reflections',
    earlierLine: (when: string, strongest: string) => `${when}: ${strongest}`,
    nothingStrong: 'nothing spoke to you strongly',
    stanceHeading: 'Where you stand',
    partnerShared: (name: string) => `What ${name} shared with you`,
  },
  checkins: {
    none: 'No daily check-ins yet.',
    chartTitle: 'Your daily check-ins, 0 to 10',
    chartDesc: (n: number, from: string, to: string) =>
      n === 1
        ? `One check-in, on ${from}. The table below has the numbers.`
        : `${n} check-ins from ${from} to ${to}. The table below has the numbers.`,
    day: 'Day',
    feelings: 'Feeling',
    shared: '(shared with your partner)',
    private: '(only you)',
    partnerHeading: (name: string) => `${name}’s check-ins shared with you`,
    weeklyHeading: 'Weekly check-ins',
    weekOf: (when: string) => `The week of ${when}`,
    yours: 'Your answers',
    theirs: (name: string) => `${name}’s answers`,
    replies: 'Replies',
    day_of_week: (day: string) => `Your weekly check-in day is ${day}.`,
  },
  letters: {
    none: 'No letters yet.',
    fromTo: (from: string, to: string) => `From ${from} to ${to}`,
    draft: 'A draft, not sent.',
    scheduled: (when: string) => `To be delivered on ${when}.`,
    delivered: (when: string) => `Delivered on ${when}.`,
    reply: 'An answer to an earlier letter.',
  },
  journal: {
    none: 'No journal entries yet.',
    feelings: (list: string) => `Feeling: ${list}.`,
    onlyYou: 'Your journal was only ever yours. It is here because it is yours.',
  },
  talks: {
    none: 'No conversations yet.',
    started: (when: string) => `Started on ${when}.`,
    ended: (when: string) => `Finished on ${when}.`,
    paused: (when: string) => `Paused until ${when}.`,
    open: 'Still going.',
    turn: {
      answer: (who: string) => `${who} said`,
      reflection: (who: string) => `${who} reflected back`,
      confirm: (who: string) => `${who} confirmed that was heard`,
      clarify: (who: string) => `${who} added, to make it clearer`,
    },
    noTurns: 'Nobody has spoken yet.',
    question: 'The question',
  },
  ownership: {
    none: 'No ownership statements yet.',
    mine: (to: string) => `Your statement to ${to}`,
    theirs: (from: string) => `${from}’s statement to you`,
    whatIDid: 'What I did',
    howItHurt: 'How it hurt you',
    whatIWillDo: 'What I will do differently',
    versions: (n: number, when: string) =>
      n === 1 ? `Written on ${when}.` : `Written ${n} times; this is the latest, from ${when}.`,
    landed: 'What landed',
    missing: 'What is still missing',
    noAnswer: 'No answer yet.',
    answersGiven: 'Answers you gave to a statement you can no longer see',
  },
  agreements: {
    none: 'No agreements yet.',
    status: (word: string) => `Where it stands: ${word}.`,
    wording: 'The words as they stand',
    agreedWording: 'The words you both said yes to',
    whySafe: 'Why it helps',
    reviewOn: (when: string) => `To look at again on ${when}.`,
    history: 'How it got here',
    history_readonly: 'From a space that has closed: kept here as it was.',
    step: {
      proposed: (who: string, v: number) => `${who} proposed version ${v}`,
      accepted: (who: string, v: number) => `${who} said yes to version ${v}`,
      declined: (who: string, v: number) => `${who} said no to version ${v}`,
      revisit: (who: string) => `${who} asked to talk it over again`,
      retire: (who: string) => `${who} asked to let it go`,
      withdrew: (who: string) => `${who} took the proposal back`,
    } as Record<string, (who: string, v: number) => string>,
  },
  promises: {
    none: 'No promises yet.',
    mineHeading: 'Your promises',
    theirsHeading: (name: string) => `${name}’s promises you can see`,
    by: (when: string) => `By ${when}.`,
    noTime: 'No set time.',
    step: {
      made: (who: string) => `${who} made it`,
      renegotiated: (who: string) => `${who} changed it, in time`,
      kept: (who: string) => `${who} kept it`,
      missed: (who: string) => `${who} did not keep it`,
      repaired: (who: string) => `${who} added a repair note`,
      noticed: (who: string) => `${who} noticed`,
    } as Record<string, (who: string) => string>,
    missesShared: 'You let your partner see the promises you did not keep.',
    missesPrivate: 'The promises you did not keep are yours alone; your partner does not see them.',
    noticedElsewhere: 'You said you noticed, on promises you can no longer see',
  },
  path: {
    lead: 'How you marked each stage. There is no order to finish them in, and going back is normal.',
    notYet: (list: string) => `Not marked yet: ${list}.`,
    since: (when: string) => `since ${when}`,
    changes: 'Your changes',
    change: (stage: string, from: string, to: string) => `${stage}: from “${from}” to “${to}”`,
  },
  more: {
    acts: (n: number) => (n === 1 ? 'You marked one small act.' : `You marked ${n} small acts.`),
    actsNone: 'No small acts marked yet.',
    actDone: 'done',
    actSkipped: 'set aside',
    pauses: 'Time apart',
    pause: (who: string, from: string, until: string) =>
      `${who} asked for time apart from ${from}${until}.`,
    pauseUntil: (when: string) => ` until ${when}`,
    pauseEnded: (when: string) => `, ended on ${when}`,
    notices: 'Notices',
    marks: 'Marks on your healing timeline',
    markBy: { me: 'you', partner: 'your partner' },
    remindersOn: (list: string) => `Reminders reach you by ${list}.`,
    remindersOff: 'Reminders are off.',
  },
  partner: {
    open: (name: string) => [
      `While you share a space, ${name} can choose to share some things with you: parts of their reflection, check-ins, letters, promises and ownership statements. What they shared with you is here, marked as theirs.`,
      `Things you made together are here with both your words: conversations (their turns too), agreements with every version, and marks on your shared timeline.`,
      `Nothing ${name} kept private is here: not their journal, their drafts, their private check-ins, their own reflection or their safety check. Not even how many of those there are.`,
    ],
    none: [
      'You are not sharing a space with anyone right now, so nothing a partner shared is here.',
      'If you were in a space before, what you made together (conversations, agreements, path marks) is here as it was when the space closed. What your partner shared with you stopped being yours to see when the space closed, so it is not here.',
      'Nothing a partner kept private is ever here.',
    ],
    closed:
      'Where someone closed their account, their words inside things you made together read “removed when this account was closed”.',
  },
  safety: {
    lead: 'Only you ever see this. Your partner never sees the questions or your answers.',
    printLabel: 'Include my safety check when I print this page',
    printNote: 'Left unticked, the printed copy goes without this section.',
    none: 'You have not taken the safety check.',
    taken: (when: string) => `Your answers on ${when}`,
    danger:
      'What you answered pointed to danger. Help is there, in confidence, whenever you want it.',
    solo: (when: string) => `You have been using Kintsugi on your own since ${when}.`,
  },
  you: 'You',
  yourPartner: 'Your partner',
} as const;
