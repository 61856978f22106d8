import { createECDH } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.ts';

export interface VapidKeys {
  /** The uncompressed P-256 point, base64url: what browsers take as `applicationServerKey`. */
  publicKey: string;
  privateKey: string;
}

const made = new WeakMap<Database, Promise<VapidKeys>>();

/**
 * A new P-256 pair as web-push's `generateVAPIDKeys` makes it (the same curve, encoding and
 * padding), with node:crypto alone: every server makes one at start, and loading web-push for
 * it cost ~0.3 s and ~10 MB before any push was sent (decision 174).
 */
export function makeVapidKeys(): VapidKeys {
  const curve = createECDH('prime256v1');
  curve.generateKeys();
  const pad = (bytes: Buffer, length: number) =>
    bytes.length < length ? Buffer.concat([Buffer.alloc(length - bytes.length), bytes]) : bytes;
  return {
    publicKey: pad(curve.getPublicKey(), 65).toString('base64url'),
    privateKey: pad(curve.getPrivateKey(), 32).toString('base64url'),
  };
}

async function readOrMake(db: Database): Promise<VapidKeys> {
  const fresh = makeVapidKeys();
  // Made once: the first server to get here writes them; every other (and every later start)
  // reads the same pair, so subscriptions made against it stay good.
  const [row] = await db.withSystem(async (tx) => {
    await tx.execute(sql`insert into push_keys (id, public_key, private_key)
      values (true, ${fresh.publicKey}, ${fresh.privateKey}) on conflict (id) do nothing`);
    return queryRows<VapidKeys>(
      tx,
      sql`select public_key as "publicKey", private_key as "privateKey" from push_keys`,
    );
  });
  if (!row) throw new Error('push keys could not be kept');
  return row;
}

/**
 * The server's VAPID key pair (RFC 8292), made at first start and kept in `push_keys`, which
 * only kintsugi_system reads (decision 087). Read once per database and remembered.
 */
export function vapidKeys(db: Database): Promise<VapidKeys> {
  let keys = made.get(db);
  if (!keys) {
    keys = readOrMake(db);
    made.set(db, keys);
    keys.catch(() => made.delete(db));
  }
  return keys;
}

/**
 * Who runs this server, for push services (the VAPID `sub` claim): PUSH_SUBJECT, else the
 * address in MAIL_FROM as a mailto: link.
 */
export function pushSubject(env: { PUSH_SUBJECT?: string | undefined; MAIL_FROM: string }): string {
  if (env.PUSH_SUBJECT) return env.PUSH_SUBJECT;
  const address = /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM;
  return `mailto:${address.trim()}`;
}
