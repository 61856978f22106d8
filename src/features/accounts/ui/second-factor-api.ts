import { api } from '../../../platform/web/http.ts';

// Passkeys, codes from an app and recovery codes (decisions 130, 131). The WebAuthn part of the
// browser library loads only when a passkey is used, so the first page stays small.

export interface SecondStep {
  pendingToken: string;
  methods: ('totp' | 'passkey' | 'recovery_code')[];
}

export interface PasskeyInfo {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface FactorStatus {
  recheckedUntil: string | null;
  totp: boolean;
  passkeys: PasskeyInfo[];
  recoveryCodesLeft: number;
}

type Options = { challengeId: string; options: Record<string, unknown> };

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
  recheck: (password: string) =>
    api.post<{ recheckedUntil: string }>('/api/v1/me/recheck', { password }),

  /** Signs in with a passkey alone (the browser asks which one). */
  signInWithPasskey: async () => {
    const options = await api.post<Options>('/api/v1/auth/passkey/options');
    return api.post<unknown>('/api/v1/auth/passkey', await assert(options));
  },

  addPasskey: async (name: string) => {
    const options = await api.post<Options>('/api/v1/me/passkeys/options');
    const { startRegistration } = await import('@simplewebauthn/browser');
    const credential = await startRegistration({
      optionsJSON: options.options as unknown as Parameters<
        typeof startRegistration
      >[0]['optionsJSON'],
    });
    return api.post<{ passkey: PasskeyInfo; recoveryCodes: string[] | null }>(
      '/api/v1/me/passkeys',
      { challengeId: options.challengeId, name, credential },
    );
  },
  removePasskey: (id: string) => api.del(`/api/v1/me/passkeys/${encodeURIComponent(id)}`),

  startTotp: () => api.post<{ secret: string; uri: string }>('/api/v1/me/totp'),
  confirmTotp: (code: string) =>
    api.post<{ recoveryCodes: string[] | null }>('/api/v1/me/totp/confirm', { code }),
  turnOffTotp: () => api.del('/api/v1/me/totp'),
  renewRecoveryCodes: () => api.post<{ recoveryCodes: string[] }>('/api/v1/me/recovery-codes'),

  secondStepCode: (pendingToken: string, code: string) =>
    api.post<unknown>('/api/v1/auth/second-factor/totp', { pendingToken, code }),
  secondStepRecovery: (pendingToken: string, recoveryCode: string) =>
    api.post<unknown>('/api/v1/auth/second-factor/recovery-code', { pendingToken, recoveryCode }),
  secondStepPasskey: async (pendingToken: string) => {
    const options = await api.post<Options>('/api/v1/auth/second-factor/passkey/options', {
      pendingToken,
    });
    return api.post<unknown>('/api/v1/auth/second-factor/passkey', {
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
