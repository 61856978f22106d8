import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, count, eq, sql } from 'drizzle-orm';
import { emailConfirmation as words } from '../../content/email-confirmation.ts';
import { people } from '../../platform/db/core.tables.server.ts';
import type { Tx } from '../../platform/db/database.ts';
import { queueMail } from '../../platform/mail/queue-mail.server.ts';
import { hashToken, newSessionToken } from '../../platform/server/session-token.ts';
import { knownDevices } from './confirm.tables.server.ts';

/** About the most a browser keeps a cookie (Chrome caps lifetimes at 400 days). */
const DEVICE_COOKIE_DAYS = 400;

export function deviceCookieName(isSecure: boolean): string {
  return isSecure ? '__Host-kintsugi-device' : 'kintsugi-device';
}

const deviceCookieOptions = (isSecure: boolean) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: isSecure,
});

/**
 * This browser's own random id, from its cookie, or a new one set on the reply. It says nothing
 * about the device; it survives signing out, so that signing in again here is not "new". The
 * quick exit forgets it (`forgetDevice`).
 */
export function deviceToken(
  request: FastifyRequest,
  reply: FastifyReply,
  isSecure: boolean,
): string {
  const name = deviceCookieName(isSecure);
  const existing = request.cookies[name];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = newSessionToken();
  reply.setCookie(name, token, {
    ...deviceCookieOptions(isSecure),
    maxAge: DEVICE_COOKIE_DAYS * 86_400,
  });
  return token;
}

/**
 * Expires this browser's device cookie (the quick exit's sign-out): on a shared device, nothing
 * of Kintsugi stays in its cookies. The next sign-in here is then a new device, and says so.
 */
export function forgetDevice(reply: FastifyReply, isSecure: boolean): void {
  reply.clearCookie(deviceCookieName(isSecure), deviceCookieOptions(isSecure));
}

/**
 * Notes that the person signed in from this browser; answers whether it is a new device for
 * them. The first browser an account ever uses is not "new": there is nothing to compare with
 * (an account made before this list existed starts its list quietly too). Runs as kintsugi_system.
 */
export async function noteDevice(tx: Tx, personId: string, token: string): Promise<boolean> {
  const deviceHash = hashToken(token);
  const [seen] = await tx
    .update(knownDevices)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(knownDevices.personId, personId), eq(knownDevices.deviceHash, deviceHash)))
    .returning({ personId: knownDevices.personId });
  if (seen) return false;
  const [others] = await tx
    .select({ n: count() })
    .from(knownDevices)
    .where(eq(knownDevices.personId, personId));
  await tx.insert(knownDevices).values({ personId, deviceHash }).onConflictDoNothing();
  return (others?.n ?? 0) > 0;
}

/** The content-free mail about a sign-in from a new device: when, in the person's own time zone. */
export async function mailNewDevice(tx: Tx, personId: string, origin: string): Promise<void> {
  const [person] = await tx
    .select({ email: people.email, timeZone: people.timeZone })
    .from(people)
    .where(eq(people.id, personId));
  if (!person) return;
  const when = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: person.timeZone,
    timeZoneName: 'short',
  }).format(new Date());
  await queueMail(tx, {
    kind: 'new-device',
    to: person.email,
    subject: words.mail.newDevice.subject,
    text: words.mail.newDevice.text(when, origin),
  });
}
