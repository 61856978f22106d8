import { validation as words } from '../../../content/accounts.ts';
import { PASSWORD_MIN } from '../limits.ts';

// Checks the browser can make before asking the server. The server still decides.

export type Errors<K extends string> = Partial<Record<K, string>>;

export function checkEmail(email: string): string | undefined {
  const value = email.trim();
  if (value === '') return words.emailMissing;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return words.emailInvalid;
  return undefined;
}

export function checkNewPassword(password: string): string | undefined {
  if (password === '') return words.passwordMissing;
  if ([...password].length < PASSWORD_MIN) return words.passwordShort;
  return undefined;
}

export function checkPresent(value: string, message: string): string | undefined {
  return value.trim() === '' ? message : undefined;
}

export function hasErrors(errors: Record<string, string | undefined>): boolean {
  return Object.values(errors).some((e) => e !== undefined);
}
