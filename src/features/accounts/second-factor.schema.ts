import { z } from 'zod';
import { HIDDEN_OR_LINE_BREAK } from '../../platform/text/plain-text.ts';

// Passkeys, the code app (TOTP) and recovery codes (decisions 130, 131): zod schemas shared by
// the server and the web app.

const base64url = (name: string, max: number) =>
  z
    .string({ error: `The passkey's answer is missing its ${name}.` })
    .min(1, `The passkey's answer is missing its ${name}.`)
    .max(max, `The passkey's ${name} is too long.`)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `The passkey's ${name} is not readable.`);

/** What `navigator.credentials.create()` answers, as @simplewebauthn/browser sends it. */
export const registrationCredential = z.strictObject({
  id: base64url('id', 1400),
  rawId: base64url('id', 1400),
  type: z.literal('public-key', "That isn't a passkey's answer."),
  response: z.object({
    clientDataJSON: base64url('client data', 4000),
    attestationObject: base64url('attestation', 16_000),
    transports: z.array(z.string().max(40)).max(10).optional(),
  }),
  authenticatorAttachment: z.string().max(40).optional(),
  clientExtensionResults: z.object({}).catchall(z.unknown()),
});

/** What `navigator.credentials.get()` answers. */
export const authenticationCredential = z.strictObject({
  id: base64url('id', 1400),
  rawId: base64url('id', 1400),
  type: z.literal('public-key', "That isn't a passkey's answer."),
  response: z.object({
    clientDataJSON: base64url('client data', 4000),
    authenticatorData: base64url('authenticator data', 4000),
    signature: base64url('signature', 2000),
    userHandle: base64url('user handle', 200).optional(),
  }),
  authenticatorAttachment: z.string().max(40).optional(),
  clientExtensionResults: z.object({}).catchall(z.unknown()),
});

/** The options a browser hands to WebAuthn; opaque to our own client code. */
export const passkeyOptions = z.object({
  challengeId: z.uuid(),
  options: z.record(z.string(), z.unknown()),
});
export type PasskeyOptions = z.infer<typeof passkeyOptions>;

const passkeyName = z
  .string({ error: 'Give this passkey a name, like "My phone".' })
  .trim()
  .min(1, 'Give this passkey a name, like "My phone".')
  .max(60, 'Keep the name to 60 characters.')
  .refine((v) => !HIDDEN_OR_LINE_BREAK.test(v), 'Use a name without hidden characters.');

export const addPasskeyInput = z.strictObject({
  challengeId: z.uuid('Start adding the passkey again.'),
  name: passkeyName,
  credential: registrationCredential,
});
export type AddPasskeyInput = z.infer<typeof addPasskeyInput>;

export const passkeySignInInput = z.strictObject({
  challengeId: z.uuid('Start again with "Use a passkey".'),
  credential: authenticationCredential,
});

export const passkeyIdParams = z.strictObject({ id: z.uuid("That passkey doesn't exist.") });

export const passkeyInfo = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type PasskeyInfo = z.infer<typeof passkeyInfo>;

const sixDigits = z
  .string({ error: 'Enter the 6-digit code from your app.' })
  .trim()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your app.'));

const recoveryCode = z
  .string({ error: 'Enter one of your recovery codes.' })
  .max(40, "That isn't one of your recovery codes.")
  .transform((v) => v.toLowerCase().replace(/[\s-]+/g, ''))
  .pipe(z.string().min(1, 'Enter one of your recovery codes.'));

const pendingToken = z
  .string({ error: 'Sign in again with your password.' })
  .regex(/^[A-Za-z0-9_-]{43}$/, 'Sign in again with your password.');

export const totpCodeInput = z.strictObject({ code: sixDigits });
export const pendingTotpInput = z.strictObject({ pendingToken, code: sixDigits });
export const pendingRecoveryInput = z.strictObject({ pendingToken, recoveryCode });
export const pendingOnlyInput = z.strictObject({ pendingToken });
export const pendingPasskeyInput = z.strictObject({
  pendingToken,
  challengeId: z.uuid('Start again with "Use a passkey".'),
  credential: authenticationCredential,
});

export const recheckInput = z.strictObject({
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(256, "That isn't your current password."),
});

/** The second step a password sign-in asks for when a second factor is on. */
export const secondFactorNeeded = z.object({
  secondFactor: z.object({
    pendingToken: z.string(),
    /** What this person can answer with. */
    methods: z.array(z.enum(['totp', 'passkey', 'recovery_code'])),
  }),
});
export type SecondFactorNeeded = z.infer<typeof secondFactorNeeded>;
export type SecondStep = SecondFactorNeeded['secondFactor'];

export const secondFactorStatus = z.object({
  /** Until when a factor may be turned on or off without typing the password again. */
  recheckedUntil: z.iso.datetime().nullable(),
  totp: z.boolean(),
  passkeys: z.array(passkeyInfo),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatus>;

export const totpSetup = z.object({
  /** The shared secret in base32, to type into a code app. */
  secret: z.string(),
  /** The same as an otpauth:// address (what a QR code would hold). */
  uri: z.string(),
});
export type TotpSetup = z.infer<typeof totpSetup>;

export const recoveryCodesOut = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesOut = z.infer<typeof recoveryCodesOut>;

/** A passkey added: it, and the first recovery codes when this was the first factor. */
export const passkeyAdded = z.object({
  passkey: passkeyInfo,
  recoveryCodes: z.array(z.string()).nullable(),
});
export type PasskeyAdded = z.infer<typeof passkeyAdded>;

/** Codes from an app confirmed: the first recovery codes when this was the first factor. */
export const totpConfirmed = z.object({ recoveryCodes: z.array(z.string()).nullable() });
export type TotpConfirmed = z.infer<typeof totpConfirmed>;

/** The password typed again: factors may change until then. */
export const recheckAnswer = z.object({ recheckedUntil: z.iso.datetime() });
export type RecheckAnswer = z.infer<typeof recheckAnswer>;
