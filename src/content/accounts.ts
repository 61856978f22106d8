// Words for welcome, signing in and up, and the account page.

export const welcome = {
  title: 'Welcome',
  heading: 'Mending trust, one small step at a time',
  lead: [
    "Kintsugi is a private place for two partners rebuilding trust after it broke, whether through lies, an affair, drifting apart, or fears that won't settle.",
    "You can start on your own. Your partner can join when they're ready.",
  ],
  promises: [
    'What you write for yourself stays yours. Your partner never sees it unless you choose to share it.',
    "No scores, no streaks, no deadlines. Go at the pace that's right for you.",
    'Hard days are part of it. You can go back to any step, any time.',
  ],
  promisesLabel: 'What to expect',
  signUp: 'Create an account',
  signIn: 'Sign in',
  support: 'Need help right now? See support and safety',
} as const;

export const fields = {
  email: 'Email',
  displayName: 'Your name',
  displayNameHint: 'This is the name your partner will see. A first name or nickname is enough.',
  password: 'Password',
  newPasswordHint: 'At least 8 characters. A few words strung together works well.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  showPassword: 'Show password',
} as const;

export const validation = {
  emailMissing: 'Please enter your email.',
  emailInvalid: "That doesn't look like an email address. Please check it.",
  displayNameMissing: 'Please tell us what to call you.',
  passwordMissing: 'Please enter your password.',
  passwordShort: 'Your password needs at least 8 characters.',
  fixBelow: 'Please check the highlighted fields below.',
} as const;

export const signIn = {
  title: 'Sign in',
  heading: 'Welcome back',
  lead: 'Sign in to continue.',
  protectedLead: 'Please sign in to see this page.',
  submit: 'Sign in',
  busy: 'Signing in…',
  toSignUp: 'New here?',
  toSignUpLink: 'Create an account',
} as const;

export const signUp = {
  title: 'Create an account',
  heading: 'Create your account',
  lead: 'It only takes a minute. You can begin on your own.',
  submit: 'Create account',
  busy: 'Creating your account…',
  toSignIn: 'Already have an account?',
  toSignInLink: 'Sign in',
  notSignedIn:
    "We couldn't sign you in. If you already have an account with this email, sign in instead.",
} as const;

export const account = {
  title: 'Account',
  heading: 'Your account',
  lead: 'Your details and signing out are right here. Everything else opens when you need it.',
  details: {
    heading: 'Your details',
    name: 'Name',
    email: 'Email',
  },
  password: {
    heading: 'Change your password',
    lead: "You'll need your current password. Changing it signs you out on every other device.",
    submit: 'Change password',
    busy: 'Changing…',
    done: 'Your password is changed.',
    doneOthers: (n: number) =>
      n === 1 ? 'We signed you out on 1 other device.' : `We signed you out on ${n} other devices.`,
  },
  sessions: {
    heading: 'Where you are signed in',
    lead: "If you see a device you don't recognise, sign it out and change your password.",
    thisDevice: 'This device',
    unknownDevice: 'Unknown device',
    signedIn: (when: string) => `Signed in ${when}`,
    lastSeen: (when: string) => `Last active ${when}`,
    signOutOne: 'Sign out',
    signOutOneLabel: (device: string) => `Sign out ${device}`,
    signOutOthers: 'Sign out everywhere else',
    endedOthers: (n: number) =>
      n === 0
        ? 'There were no other devices to sign out.'
        : n === 1
          ? 'Signed out 1 other device.'
          : `Signed out ${n} other devices.`,
    endedOne: 'That device is signed out.',
    onlyThis: 'You are only signed in here.',
    loading: 'Looking up your devices…',
  },
  signOut: {
    heading: 'Sign out',
    lead: 'Sign out of Kintsugi on this device.',
    button: 'Sign out',
  },
} as const;
