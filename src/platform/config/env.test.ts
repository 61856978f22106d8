import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.ts';

describe('environment', () => {
  it('has the documented defaults', () => {
    expect(parseEnv({})).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      KINTSUGI_DATA_DIR: './data',
    });
    expect(parseEnv({}).DATABASE_URL).toBeUndefined();
  });

  it('fails fast and names each wrong variable', () => {
    expect(() => parseEnv({ PORT: '70000' })).toThrow(EnvError);
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => parseEnv({ PUBLIC_ORIGIN: 'https://x.example/path' })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => parseEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('accepts a public origin with or without a trailing slash', () => {
    expect(parseEnv({ PUBLIC_ORIGIN: 'https://kintsugi.example/' }).PUBLIC_ORIGIN).toBe(
      'https://kintsugi.example',
    );
  });

  it('takes mail settings, and never echoes an SMTP address that may hold a password', () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(parseEnv({}).MAIL_FROM).toBe('Kintsugi <kintsugi@localhost>');
    expect(
      parseEnv({ SMTP_URL: 'smtps://u:p@mail.example:465', MAIL_FROM: 'hello@kintsugi.example' }),
    ).toMatchObject({
      SMTP_URL: 'smtps://u:p@mail.example:465',
      MAIL_FROM: 'hello@kintsugi.example',
    });
    expect(() => parseEnv({ MAIL_FROM: 'not an address' })).toThrow(/MAIL_FROM/);
    expect(() => parseEnv({ SMTP_URL: 'http://user:s3cret@mail.example' })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ SMTP_URL: 'http://user:s3cret@mail.example' })).not.toThrow(/s3cret/);
  });
});
