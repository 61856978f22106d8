// A push service of our own on loopback, for tests: no outside push service is ever reached.
// Each subscription it hands out has its own ECDH key pair and auth secret, as a browser's has;
// what is posted to it is checked (VAPID, RFC 8292) and decrypted (aes128gcm, RFC 8188 and
// RFC 8291) with node:crypto alone, so a test reads exactly what a device would show.
import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
  type ECDH,
} from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPush {
  /** Which subscription it was for (the name given to `subscribe`). */
  name: string;
  /** The decrypted payload, as text. */
  payload: string;
  headers: IncomingMessage['headers'];
  /** The VAPID claims, once the signature checked out against the key in the header. */
  vapid: { aud: string; exp: number; sub: string; publicKey: string };
}

export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface PushReceiver {
  origin: string;
  /** A new subscription, as `PushSubscription.toJSON()` gives it, with its own keys. */
  subscribe(name: string): PushSubscriptionJson;
  /** Everything accepted so far, decrypted. */
  received: ReceivedPush[];
  /** Answer `status` to the next `times` posts for `name` (e.g. 410: gone; 503: busy). */
  answer(name: string, status: number, times?: number): void;
  /** Posts that could not be checked or decrypted (a test expects none). */
  rejected: string[];
  waitFor(count: number, ms?: number): Promise<ReceivedPush[]>;
  close(): Promise<void>;
}

interface Subscriber {
  ecdh: ECDH;
  auth: Buffer;
}

/** RFC 8291 section 3.4, then RFC 8188: the plaintext of an aes128gcm body sent to `to`. */
export function decryptPush(body: Buffer, to: Subscriber): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body[20]!;
  const senderKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const uaPublic = to.ecdh.getPublicKey();
  const ecdhSecret = to.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, to.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: aes128gcm\0', 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: nonce\0', 12));
  const parts: Buffer[] = [];
  for (let seq = 0, at = 0; at < ciphertext.length; seq++, at += recordSize) {
    const record = ciphertext.subarray(at, at + recordSize);
    const iv = Buffer.from(nonce);
    iv.writeUInt32BE((iv.readUInt32BE(8) ^ seq) >>> 0, 8); // the sequence number, XORed in
    const decipher = createDecipheriv('aes-128-gcm', cek, iv);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const plain = Buffer.concat([decipher.update(record.subarray(0, -16)), decipher.final()]);
    // Padding: a delimiter (2 in the last record, 1 before) then zeros.
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    const isLast = at + recordSize >= ciphertext.length;
    if (plain[end] !== (isLast ? 2 : 1)) throw new Error('bad padding delimiter');
    parts.push(plain.subarray(0, end));
  }
  return Buffer.concat(parts).toString('utf8');
}

/** Checks `Authorization: vapid t=<jwt>, k=<key>` (RFC 8292) and answers the JWT's claims. */
function checkVapid(header: string | undefined, origin: string): ReceivedPush['vapid'] {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (!match) throw new Error('no vapid authorization');
  const [, token, k] = match as unknown as [string, string, string];
  const [head, claims, signature] = token.split('.') as [string, string, string];
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('vapid signature does not verify');
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as {
    aud: string;
    exp: number;
    sub: string;
  };
  if (body.aud !== origin) throw new Error('vapid audience is not this push service');
  if (!(body.exp > Date.now() / 1000)) throw new Error('vapid token expired');
  return { aud: body.aud, exp: body.exp, sub: body.sub, publicKey: k };
}

export async function startPushReceiver(): Promise<PushReceiver> {
  const subscribers = new Map<string, Subscriber>();
  const answers = new Map<string, number[]>();
  const received: ReceivedPush[] = [];
  const rejected: string[] = [];
  let origin = '';

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const name = decodeURIComponent((request.url ?? '').replace(/^\/push\//, ''));
      const subscriber = subscribers.get(name);
      const queued = answers.get(name);
      const status = queued?.shift();
      if (!subscriber) return void response.writeHead(404).end();
      if (status !== undefined) return void response.writeHead(status).end();
      try {
        if (request.method !== 'POST') throw new Error(`method ${request.method}`);
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        if (!request.headers.ttl) throw new Error('no TTL');
        const vapid = checkVapid(request.headers.authorization, origin);
        const payload = decryptPush(Buffer.concat(chunks), subscriber);
        received.push({ name, payload, headers: request.headers, vapid });
        response.writeHead(201).end();
      } catch (error) {
        rejected.push(`${name}: ${(error as Error).message}`);
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    received,
    rejected,
    subscribe(name) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      subscribers.set(name, { ecdh, auth });
      return {
        endpoint: `${origin}/push/${encodeURIComponent(name)}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString('base64url'),
          auth: auth.toString('base64url'),
        },
      };
    },
    answer(name, status, times = 1) {
      answers.set(name, [...(answers.get(name) ?? []), ...Array<number>(times).fill(status)]);
    },
    async waitFor(count, ms = 10_000) {
      const until = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > until)
          throw new Error(
            `expected ${count} pushes, got ${received.length}; rejected: ${rejected.join('; ')}`,
          );
        await new Promise((r) => setTimeout(r, 25));
      }
      return received.slice(0, count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
