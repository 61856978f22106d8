import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../platform/config/env.ts';
import { queryRows } from '../platform/db/database.ts';
import { buildServer } from '../platform/server/build-server.ts';
import { passTime } from '../platform/testing/pass-time.ts';
import { openTestDatabase, type TestDatabase } from '../platform/testing/test-db.ts';
import { TEST_ORIGIN } from '../platform/testing/test-server.ts';
import { accountsModule } from '../features/accounts/accounts.routes.server.ts';

/** A key's window passes: its counter's times move back by `ms` (nothing sleeps). */
const windowPasses = (key: string, ms: number) =>
  passTime(t.db, {
    table: 'rate_limits',
    where: sql`key_hash = ${createHash('sha256').update(key).digest('hex')}`,
    ms,
  });

// Two servers on one database, as behind a load balancer: a person's tries count together.
let t: TestDatabase;
let servers: FastifyInstance[];

beforeAll(async () => {
  t = await openTestDatabase();
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  servers = await Promise.all(
    [1, 2].map(async () => {
      const { app } = await buildServer({
        env,
        db: t.db,
        features: [accountsModule],
        limits: { signInMax: 4, signUpMax: 3, windowMs: 60_000 },
        logger: false,
      });
      await app.ready();
      return app;
    }),
  );
});
afterAll(async () => {
  for (const app of servers) await app.close();
  await t.close();
});

const post = (server: number, url: string, payload: object) =>
  servers[server]!.inject({
    method: 'POST',
    url,
    payload,
    headers: { origin: TEST_ORIGIN, host: 'localhost:80' },
  });

describe('rate limits across servers', () => {
  it('count one address and email together on every server, and keep no address or email', async () => {
    const email = `limited.${Date.now()}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await post(i % 2, '/api/v1/auth/sign-in', { email, password: `guess number ${i}` }))
          .statusCode,
      );
    }
    // Four tries in all, whichever server took them; then 429 on both.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const limited = await post(0, '/api/v1/auth/sign-in', { email, password: 'guess once more' });
    expect(limited.json().error.message).toMatch(/wait/);
    expect(limited.headers['retry-after']).toBeDefined();

    // Another email from the same address is its own count.
    expect(
      (await post(1, '/api/v1/auth/sign-in', { email: `other.${email}`, password: 'a guess here' }))
        .statusCode,
    ).toBe(401);

    const kept = await t.db.withOwner((tx) =>
      queryRows<Record<string, unknown>>(tx, sql`select * from rate_limits`),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(JSON.stringify(kept)).not.toContain(email);
    expect(JSON.stringify(kept)).not.toContain('127.0.0.1');
  });

  it('count each route apart: sign-ups do not use up sign-ins', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const input = {
        email: `new.${i}.${Date.now()}@example.test`,
        password: 'a long enough password',
        displayName: 'N',
      };
      codes.push((await post(i % 2, '/api/v1/auth/sign-up', input)).statusCode);
    }
    expect(codes).toEqual([201, 201, 201, 429]);
    const email = `fresh.${Date.now()}@example.test`;
    expect(
      (await post(0, '/api/v1/auth/sign-in', { email, password: 'a guess here' })).statusCode,
    ).toBe(401);
  });

  it('slow one client spraying passwords over many emails, never the owner elsewhere, and give good sign-ins back', async () => {
    const from = (server: number, ip: string, payload: object) =>
      servers[server]!.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload,
        remoteAddress: ip,
        headers: { origin: TEST_ORIGIN, host: 'localhost:80' },
      });
    const owner = {
      email: `sprayed.${Date.now()}@example.test`,
      password: 'the owner knows this one',
      displayName: 'O',
    };
    const signUp = await servers[0]!.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: owner,
      remoteAddress: '192.0.2.1',
      headers: { origin: TEST_ORIGIN, host: 'localhost:80' },
    });
    expect(signUp.statusCode).toBe(201);
    // Good sign-ins from that address give their try back: only failures use it up.
    for (let i = 0; i < 3; i++)
      expect(
        (await from(i % 2, '203.0.113.7', { email: owner.email, password: owner.password }))
          .statusCode,
      ).toBe(200);
    const codes: number[] = [];
    for (let i = 0; i < 40; i++) {
      codes.push(
        (
          await from(i % 2, '203.0.113.7', {
            email: `sprayed.${i}.${owner.email}`,
            password: 'Summer2026!',
          })
        ).statusCode,
      );
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes.slice(20).every((c) => c === 429)).toBe(true);
    const limited = await from(0, '203.0.113.7', { email: owner.email, password: owner.password });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    // The owner from anywhere else is not locked out.
    expect(
      (await from(1, '198.51.100.4', { email: owner.email, password: owner.password })).statusCode,
    ).toBe(200);
  });

  it('let an address try again once its window has passed', async () => {
    const { limitFailures } = await import('../platform/server/rate-limit-store.ts');
    const key = `address-window-${Date.now()}`;
    await limitFailures(t.db, { key, max: 1, windowMs: 60_000 });
    await expect(limitFailures(t.db, { key, max: 1, windowMs: 60_000 })).rejects.toMatchObject({
      status: 429,
    });
    await windowPasses(key, 61_000);
    await expect(limitFailures(t.db, { key, max: 1, windowMs: 60_000 })).resolves.toBeDefined();
  });

  it('start a window again once it has passed', async () => {
    const key = `window-test-${Date.now()}`;
    const { countTry } = await import('../platform/server/rate-limit-store.ts');
    expect((await countTry(t.db, key, 60_000)).current).toBe(1);
    expect((await countTry(t.db, key, 60_000)).current).toBe(2);
    await windowPasses(key, 61_000);
    const again = await countTry(t.db, key, 60_000);
    expect(again.current).toBe(1);
    expect(again.ttl).toBeGreaterThan(0);
    expect(again.ttl).toBeLessThanOrEqual(60_000);
  });
});
