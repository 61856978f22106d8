// Account recovery: the "Forgot password?" screens and the mail with the link. The mail says
// nothing about anyone's space: it may be read on a shared screen.

export const recovery = {
  forgotLink: 'Forgot your password?',
  forgot: {
    title: 'Forgot your password',
    heading: 'Set a new password',
    lead: "Tell us the email you signed up with. We'll send a link to set a new password.",
    submit: 'Send me a link',
    busy: 'Sending…',
    sentHeading: 'Check your email',
    sent: 'If that email has an account here, a link is on its way. It works once, within an hour.',
    sentHint: 'Nothing there after a few minutes? Look in your spam folder, or ask again.',
    again: 'Send another link',
    back: 'Back to sign in',
  },
  reset: {
    title: 'Choose a new password',
    heading: 'Choose a new password',
    lead: "Pick one you'll remember. Setting it signs you out on every device.",
    submit: 'Set new password',
    busy: 'Setting…',
    done: 'Your new password is set. You are signed out everywhere, so please sign in again.',
    toSignIn: 'Sign in',
    missing:
      'This page needs the link from your email. Please open that link again, or ask for a new one.',
    askAgain: 'Ask for a new link',
  },
  errors: {
    linkUsedOrOld:
      'This link has been used already, or it is more than an hour old. Ask for a new one; it only takes a minute.',
  },
  mail: {
    subject: 'Your link to set a new Kintsugi password',
    text: (link: string) =>
      [
        'Hello,',
        '',
        'Someone asked to set a new password for the Kintsugi account that uses this email address.',
        'If that was you, open this link within the next hour:',
        '',
        link,
        '',
        'The link works once. Setting a new password signs you out on every device.',
        '',
        "If you didn't ask, you can ignore this email. Your password stays as it is, and no one has been let in.",
        '',
        'Kintsugi',
      ].join('\n'),
  },
} as const;
