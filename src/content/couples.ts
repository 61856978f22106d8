// Words for the shared space: starting it, inviting a partner, joining, leaving.

export const start = {
  heading: 'Start here',
  body: "You can begin alone. When you're ready, invite your partner.",
  detail:
    'Your shared space is where the two of you will meet. Anything you write just for yourself stays private, even inside it.',
  create: 'Create our space',
  busy: 'Creating…',
} as const;

/** Someone opened an invite link and has not used it yet: joining comes first, not a new space. */
export const pending = {
  heading: 'Your partner invited you',
  body: 'You opened an invite to join your partner. When you join, the two of you share one space.',
  join: 'Join your partner',
  notJoining: "I'm not joining this space",
  notJoiningNote:
    'Choose this only if you mean to start a space of your own. If you change your mind, open the invite link again.',
} as const;

export const waiting = {
  heading: 'Your space is ready',
  body: 'When it feels right, invite your partner. There is no rush. You can keep going on your own in the meantime.',
} as const;

export const together = {
  heading: "You're both here",
  names: (a: string, b: string) => `${a} and ${b}`,
  body: 'Take it one day at a time. Small things, done often, are what rebuild trust.',
} as const;

export const invite = {
  heading: 'Invite your partner',
  lead: "We'll make a private link for your partner. It works once, for a limited time.",
  create: 'Make an invite link',
  busy: 'Making your link…',
  ready: "Here's your invite",
  onceNote:
    'We show this link only once, so copy it now. Send it to your partner in a way you both trust.',
  linkLabel: 'Invite link',
  codeLabel: 'Invite code',
  copy: 'Copy link',
  copied: 'Copied. You can paste it into a message now.',
  copyFailed: "We couldn't copy it. Select the link above and copy it yourself.",
  share: 'Share…',
  shareTitle: 'Join me on Kintsugi',
  expires: (when: string) => `It works until ${when}.`,
  openHeading: 'Open invites',
  openNone: 'No open invites.',
  openItem: (created: string, expires: string) => `Made ${created}. Works until ${expires}.`,
  revoke: 'Cancel invite',
  revokeLabel: (created: string) => `Cancel invite made ${created}`,
  revoked: 'That invite no longer works.',
  replaceNote: 'Making a new link cancels any open one.',
  again: 'Make a new link',
} as const;

export const space = {
  title: 'Our space',
  heading: 'Our space',
  none: "You haven't created a space yet.",
  partnersHeading: 'Who is here',
  you: '(you)',
  joined: (when: string) => `Joined ${when}`,
  waitingForPartner: 'Waiting for your partner to join.',
  leave: {
    heading: 'Leaving the space',
    body: [
      "You can leave at any time, on your own, and you don't have to explain why.",
      "What you wrote for yourself stays yours. You'll no longer share anything new with each other here.",
    ],
    button: 'Leave our space…',
    confirmHeading: 'Leave your shared space?',
    confirmBody: "If you leave, you'll need a new invite to share a space again.",
    confirm: 'Yes, leave',
    cancel: 'Stay',
    busy: 'Leaving…',
    done: 'You have left the space. You can start a new one whenever you want.',
  },
} as const;

export const join = {
  title: 'Join your partner',
  heading: 'Join your partner',
  lead: 'Your partner has invited you to a shared space in Kintsugi.',
  signedOutLead:
    'First, create your account, or sign in if you already have one. Then you can join.',
  haveAccount: 'I already have an account',
  newAccount: 'I need a new account',
  confirmLead:
    'When you join, the two of you will share this space. Anything you write just for yourself stays private.',
  button: 'Join the space',
  busy: 'Joining…',
  noCode:
    'This link seems to be missing its code. Ask your partner to send it again, or type the code here.',
  codeField: 'Invite code',
  codeMissing: 'Please enter the invite code.',
  alreadyIn:
    "You're already in a shared space. To join a different one, leave your current space first.",
  goToSpace: 'Go to our space',
} as const;
