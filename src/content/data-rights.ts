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
    'The readable page opens in any browser and prints well. Keep it somewhere only you can reach.',
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
    'Everything you wrote: journal, reflection, check-ins, letters (sent or not), promises, your answers and your safety check.',
    'Your side of a conversation becomes a short line: “removed when this account was closed”. So do statements you wrote, and agreement wording your partner never said yes to.',
  ],
  staysHeading: 'What stays, for your partner',
  stays: [
    'Everything your partner wrote stays theirs: their letters, their turns, their statements, their check-ins and replies.',
    'An agreement you both said yes to stays as you agreed it, to read only.',
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
} as const;
