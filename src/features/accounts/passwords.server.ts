import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../platform/server/errors.ts';
import { isCommonPassword } from './common-passwords.ts';

// argon2id (the library's default algorithm) with OWASP's minimum memory and iterations.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check when there is no account, so timing tells nothing. */
export async function verifyAgainstNobody(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing-only');
  await verifyPassword(await dummyHash, password);
  return false;
}

export function requireStrongPassword(password: string, field: string) {
  if (isCommonPassword(password)) {
    throw new AppError(
      'bad_request',
      'That password appears in lists of leaked passwords. Please choose another one.',
      {
        reason: 'weak_password',
        fields: { [field]: 'This password is too common; choose another one.' },
      },
    );
  }
}
