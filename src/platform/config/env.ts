import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number from 0 to 65535' })
    .int('must be a port number from 0 to 65535')
    .min(0, 'must be a port number from 0 to 65535')
    .max(65535, 'must be a port number from 0 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  KINTSUGI_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PUBLIC_ORIGIN: z
    .string()
    .url()
    .refine(
      (v) => new URL(v).origin === v.replace(/\/$/, ''),
      'must be an origin like https://kintsugi.example',
    )
    .transform((v) => v.replace(/\/$/, ''))
    .optional(),
  /** Where mail goes; unset: every message is written as an .eml file under <data dir>/outbox. */
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/[^/\s]+/,
      'must be an SMTP address like smtp://user:pass@mail.example:587 or smtps://...',
    )
    .optional(),
  /** The sender of every mail; the name should say only "Kintsugi" or something neutral. */
  MAIL_FROM: z
    .string()
    .regex(
      /^([^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/,
      'must be an address like Kintsugi <hello@kintsugi.example>',
    )
    .default('Kintsugi <kintsugi@localhost>'),
  /**
   * Who runs this server, told to push services with every push (VAPID): a mailto: or https:
   * address. Unset: the address of MAIL_FROM.
   */
  PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: or https: address')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment once at boot; a wrong value fails fast and names the variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    // An SMTP address may hold a password: it is never echoed.
    const got = name === 'SMTP_URL' ? 'a value that is not shown' : JSON.stringify(source[name]);
    return `${name}: ${issue.message} (got ${got})`;
  });
  throw new EnvError(
    `Kintsugi cannot start; fix these environment variables:\n  ${lines.join('\n  ')}`,
  );
}
