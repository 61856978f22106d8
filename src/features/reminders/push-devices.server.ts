import { createECDH, createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { sql } from 'drizzle-orm';
import { asSystem, queryRows, type Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/server/errors.ts';
import { deviceIdFromDigest, type PushSubscriptionInput } from './reminders.schema.ts';

/** At most this many devices per person; a new one past it replaces the oldest. */
export const MAX_PUSH_DEVICES = 10;

/** A device's id: made from its push address (see `deviceIdFromDigest`). */
export const pushDeviceId = (endpoint: string) =>
  deviceIdFromDigest(createHash('sha256').update(endpoint).digest());

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
/** Addresses inside a network (RFC 1918, link-local, unique-local, unspecified). */
const PRIVATE =
  /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|0\.|\[f[cd][0-9a-f]{2}:|\[fe[89ab][0-9a-f]:|\[::\]$)/i;

/**
 * Whether we may post to this address: push services are on the public internet, so an address
 * on this machine or inside a network is refused (our server would otherwise knock on doors
 * a stranger chose). Loopback only where a test's own push receiver lives.
 */
function requireReachable(endpoint: string, allowLoopback: boolean): void {
  const host = new URL(endpoint).hostname;
  const loopback = LOOPBACK.test(host);
  const literal = isIP(host.replace(/^\[|\]$/g, '')) !== 0;
  if ((loopback && !allowLoopback) || (!loopback && literal && PRIVATE.test(host))) {
    throw new AppError('bad_request', 'This push address is not one a browser would give.', {
      fields: { endpoint: 'Push needs the address of a public push service.' },
    });
  }
}

/** The browser's key must be a point on P-256, or nothing could ever be encrypted to it. */
function requireValidKey(p256dh: string): void {
  try {
    const ours = createECDH('prime256v1');
    ours.generateKeys();
    ours.computeSecret(Buffer.from(p256dh, 'base64url'));
  } catch {
    throw new AppError('bad_request', "This device's push key is not a valid key.", {
      fields: { 'keys.p256dh': "This device's push key is not a valid key." },
    });
  }
}

/**
 * Adds (or renews) this device for my reminders and turns the push channel on, in one
 * transaction. A push address belongs to one browser: if another person had subscribed it
 * (a shared computer), it is mine now and stops reaching them.
 */
export async function addPushDevice(options: {
  tx: Tx;
  userId: string;
  input: PushSubscriptionInput;
  allowLoopback: boolean;
}): Promise<{ id: string }> {
  const { tx, userId, input } = options;
  requireReachable(input.endpoint, options.allowLoopback);
  requireValidKey(input.keys.p256dh);
  const { endpoint } = input;
  const { p256dh, auth } = input.keys;
  await asSystem(tx, () =>
    tx.execute(
      sql`delete from push_subscriptions where endpoint = ${endpoint} and person_id <> ${userId}`,
    ),
  );
  const id = pushDeviceId(endpoint);
  await tx.execute(sql`insert into push_subscriptions (id, person_id, endpoint, p256dh, auth)
    values (${id}, ${userId}, ${endpoint}, ${p256dh}, ${auth})
    on conflict (endpoint) do update set p256dh = excluded.p256dh, auth = excluded.auth`);
  await tx.execute(sql`delete from push_subscriptions where person_id = ${userId}
    and id not in (select id from push_subscriptions where person_id = ${userId}
                   order by created_at desc, id limit ${MAX_PUSH_DEVICES})`);
  await tx.execute(sql`insert into reminder_settings (person_id, push) values (${userId}, true)
    on conflict (person_id) do update set push = true, updated_at = now()`);
  return { id };
}

/**
 * Removes one of my devices (by its id); when it was the last, the push channel goes off.
 * Someone else's device, or none, answers 404 alike.
 */
export async function removePushDevice(options: {
  tx: Tx;
  userId: string;
  id: string;
}): Promise<void> {
  const { tx, userId, id } = options;
  const removed = await queryRows(
    tx,
    sql`delete from push_subscriptions where person_id = ${userId} and id = ${id}
        returning 1 as one`,
  );
  if (removed.length === 0)
    throw new AppError('not_found', 'This device is not set up for reminders.');
  await tx.execute(sql`update reminder_settings set push = false, updated_at = now()
    where person_id = ${userId}
      and not exists (select 1 from push_subscriptions where person_id = ${userId})`);
}

/** What my export says of my devices: when each was added (not their addresses). */
export async function listPushDevices(options: {
  tx: Tx;
  userId: string;
}): Promise<{ addedAt: string }[]> {
  const rows = await queryRows<{ added_at: string | Date }>(
    options.tx,
    sql`select created_at as added_at from push_subscriptions
        where person_id = ${options.userId} order by created_at`,
  );
  return rows.map((r) => ({ addedAt: new Date(r.added_at).toISOString() }));
}
