// Confirming an email address, telling the owner of an address what happened to it, and the
// notice of a sign-in from a new device. Every mail here may be read on a shared screen, or by
// someone else who reads that inbox: it names no one, quotes nothing, and says nothing of the
// space (decision 085).

const sign = ['', 'Kintsugi'];

export const emailConfirmation = {
  checkEmail: {
    title: 'Check your email',
    heading: 'Check your email',
    lead: (email: string | null) =>
      email
        ? `We've sent an email to ${email}. Open the link in it, on this device, to finish creating your account.`
        : "We've sent you an email. Open the link in it, on this device, to finish creating your account.",
    already:
      'If you already have an account with this address, the email tells you how to sign in instead.',
    hint: 'The link works once, within a day. Nothing there after a few minutes? Look in your spam folder, or send it again.',
    again: 'Send it again',
    againBusy: 'Sending…',
    sent: 'Sent again. It can take a few minutes to arrive.',
    back: 'Back to sign in',
  },
  confirm: {
    title: 'Confirm your email',
    heading: 'Confirm your email',
    lead: 'One step left: confirm that this address is yours.',
    submit: 'Confirm my email',
    busy: 'Confirming…',
    missing:
      'This page needs the link from your email. Please open that link again, or sign up again for a new one.',
    accountReady: 'Your email is confirmed and your account is ready. Sign in to begin.',
    emailChanged:
      'Your new email is confirmed. Any other device you were signed in on is signed out now.',
    toSignIn: 'Sign in',
    toApp: 'Go to Kintsugi',
    signUpAgain: 'Create an account',
  },
  errors: {
    /** Sign-in's one answer for every mismatch while mail is on (a sign-up not yet confirmed too). */
    signInNoMatch:
      "That email and password don't match an account. If you've just created one, open the link in the email we sent you first.",
    linkUsedOrOld:
      'This link has been used already, or it is more than a day old. You can ask for a new one; it only takes a minute.',
    emailTaken:
      'This address already has an account, so nothing new was made. Sign in instead, or set a new password if you have forgotten it.',
    emailUnavailable:
      "This address can't be used for your account any more. Please choose another one.",
    sameEmail: 'That is already your email.',
    signInFirst:
      'To use this address for your account, sign in on this device first. Then you can confirm it here.',
    tooManyLinks:
      "We've sent a few links in the last hour. Please use the newest one, or try again a little later.",
  },
  mail: {
    signUp: {
      subject: 'Confirm your email for Kintsugi',
      text: (link: string) =>
        [
          'Hello,',
          '',
          'Someone used this address to create a Kintsugi account.',
          'If that was you, open this link within a day to confirm it and begin:',
          '',
          link,
          '',
          'The link works once. Open it on the device where you signed up, and you are in straight away.',
          '',
          "If it wasn't you, you can ignore this email. Nothing is made until the link is opened.",
          ...sign,
        ].join('\n'),
    },
    signUpTried: {
      subject: 'Someone tried to create a Kintsugi account with your address',
      text: (origin: string) =>
        [
          'Hello,',
          '',
          'Someone tried to create a new Kintsugi account with this email address.',
          'It already has an account, so nothing new was made and no one was signed in.',
          '',
          'If it was you, sign in instead:',
          `${origin}/sign-in`,
          '',
          'If you have forgotten your password, you can set a new one:',
          `${origin}/forgot-password`,
          '',
          "If it wasn't you, there is nothing you need to do.",
          ...sign,
        ].join('\n'),
    },
    changeNew: {
      subject: 'Confirm your new email for Kintsugi',
      text: (link: string) =>
        [
          'Hello,',
          '',
          'Someone signed in to a Kintsugi account asked to use this address for it.',
          'If that was you, open this link within a day to confirm it:',
          '',
          link,
          '',
          'The link works once. Until it is opened, the account keeps its old address.',
          '',
          "If it wasn't you, you can ignore this email. Nothing changes.",
          ...sign,
        ].join('\n'),
    },
    changeOld: {
      subject: 'Your Kintsugi email may change',
      text: (origin: string) =>
        [
          'Hello,',
          '',
          'Someone signed in to your Kintsugi account asked to move it to another email address.',
          'It changes only once the link we sent to that address is opened.',
          '',
          'If that was you, there is nothing more to do here.',
          "If it wasn't you, sign in, change your password and sign out everywhere else:",
          `${origin}/account`,
          ...sign,
        ].join('\n'),
    },
    newDevice: {
      subject: 'A new sign-in to your Kintsugi account',
      text: (when: string, origin: string) =>
        [
          'Hello,',
          '',
          `Your Kintsugi account was signed in to from a browser it hasn't seen before, on ${when}.`,
          '',
          'If that was you, there is nothing to do.',
          "If it wasn't you, see where you are signed in, sign out everywhere else and change your password:",
          `${origin}/account`,
          ...sign,
        ].join('\n'),
    },
  },
} as const;
