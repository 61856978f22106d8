import { api } from '../../../platform/web/http.ts';
import type { UserAnswer } from '../accounts.schema.ts';
import type {
  PasskeyAdded,
  PasskeyInfo,
  PasskeyOptions,
  RecheckAnswer,
  RecoveryCodesOut,
  SecondFactorStatus,
  SecondStep,
  TotpConfirmed,
  TotpSetup,
} from '../second-factor.schema.ts';

// Passkeys, codes from an app and recovery codes (decisions 130, 131). The WebAuthn part of the
// browser library loads only when a passkey is used, so the first page stays small.

// Types only from the schemas: no zod here.
export type { PasskeyInfo, SecondStep };
export type FactorStatus = SecondFactorStatus;
type Options = PasskeyOptions;

/** Whether this browser can use passkeys at all. */
export const canUsePasskeys = () =>
  typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';

/** The browser's own passkey prompt for these options (sign-in or second step). */
async function assert(options: Options) {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  // The library takes the server's options as they are.
  const credential = await startAuthentication({
    optionsJSON: options.options as unknown as Parameters<
      typeof startAuthentication
    >[0]['optionsJSON'],
  });
  return { challengeId: options.challengeId, credential };
}

export const factorsApi = {
  status: () => api.get<FactorStatus>('/api/v1/me/second-factors'),
  recheck: (password: string) => api.post<RecheckAnswer>('/api/v1/me/recheck', { password }),

  /** Signs in with a passkey alone (the browser asks which one). */
  signInWithPasskey: async () => {
    const options = await api.post<Options>('/api/v1/auth/passkey/options');
    return api.post<UserAnswer>('/api/v1/auth/passkey', await assert(options));
  },

  addPasskey: async (name: string) => {
    const options = await api.post<Options>('/api/v1/me/passkeys/options');
    const { startRegistration } = await import('@simplewebauthn/browser');
    const credential = await startRegistration({
      optionsJSON: options.options as unknown as Parameters<
        typeof startRegistration
      >[0]['optionsJSON'],
    });
    return api.post<PasskeyAdded>('/api/v1/me/passkeys', {
      challengeId: options.challengeId,
      name,
      credential,
    });
  },
  removePasskey: (id: string) => api.del(`/api/v1/me/passkeys/${encodeURIComponent(id)}`),

  startTotp: () => api.post<TotpSetup>('/api/v1/me/totp'),
  confirmTotp: (code: string) => api.post<TotpConfirmed>('/api/v1/me/totp/confirm', { code }),
  turnOffTotp: () => api.del('/api/v1/me/totp'),
  renewRecoveryCodes: () => api.post<RecoveryCodesOut>('/api/v1/me/recovery-codes'),

  secondStepCode: (pendingToken: string, code: string) =>
    api.post<UserAnswer>('/api/v1/auth/second-factor/totp', { pendingToken, code }),
  secondStepRecovery: (pendingToken: string, recoveryCode: string) =>
    api.post<UserAnswer>('/api/v1/auth/second-factor/recovery-code', {
      pendingToken,
      recoveryCode,
    }),
  secondStepPasskey: async (pendingToken: string) => {
    const options = await api.post<Options>('/api/v1/auth/second-factor/passkey/options', {
      pendingToken,
    });
    return api.post<UserAnswer>('/api/v1/auth/second-factor/passkey', {
      pendingToken,
      ...(await assert(options)),
    });
  },
};

/** The browser's prompt was closed or refused: not an error to shout about. */
export function wasCancelled(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'NotAllowedError' || name === 'AbortError';
}
