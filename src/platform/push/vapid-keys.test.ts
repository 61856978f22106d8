import webpush from 'web-push';
import { describe, expect, it } from 'vitest';
import { makeVapidKeys } from './vapid-keys.server.ts';

// The key pair is made with node:crypto at start so web-push need not load then (decision 174);
// web-push must still sign with it, and browsers take its public half as `applicationServerKey`.
describe('the VAPID key pair made without web-push', () => {
  it('is a P-256 pair web-push signs with', () => {
    const keys = makeVapidKeys();
    expect(Buffer.from(keys.publicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(keys.publicKey, 'base64url')[0]).toBe(4);
    expect(Buffer.from(keys.privateKey, 'base64url')).toHaveLength(32);
    const headers = webpush.getVapidHeaders(
      'https://push.example.test',
      'mailto:someone@example.test',
      keys.publicKey,
      keys.privateKey,
      'aes128gcm',
    );
    expect(headers.Authorization).toMatch(/^vapid t=.+, k=/);
    expect(headers.Authorization).toContain(`k=${keys.publicKey}`);
  });

  it('is new each time', () => {
    expect(makeVapidKeys().privateKey).not.toBe(makeVapidKeys().privateKey);
  });
});
