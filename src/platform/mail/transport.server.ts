import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';

export interface OutgoingMail {
  /** The outbox row's id: the Message-ID and the file name, the same on every try. */
  id: string;
  to: string;
  subject: string;
  text: string;
  /** Sent as List-Unsubscribe with List-Unsubscribe-Post: one click turns it off (RFC 8058). */
  listUnsubscribe?: string | null;
}

export interface MailTransport {
  /** Says where mail goes, for the line the server prints at start (no password in it). */
  describe: string;
  deliver(mail: OutgoingMail): Promise<void>;
  close(): void;
}

function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'kintsugi.invalid';
}

function message(from: string, mail: OutgoingMail) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    // Stable across retries, so a mail client can tell a repeat from a new message.
    messageId: `<${mail.id}@${domainOf(from)}>`,
    ...(mail.listUnsubscribe
      ? {
          headers: {
            'List-Unsubscribe': `<${mail.listUnsubscribe}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        }
      : {}),
  };
}

/**
 * nodemailer's transporter, made at the first mail rather than at start: nodemailer costs
 * ~0.3 s and ~14 MB to load, and a server may send nothing for hours (decision 174).
 */
function lazyTransporter(make: (mailer: typeof Nodemailer) => Transporter) {
  let made: Promise<Transporter> | undefined;
  let ready: Transporter | undefined;
  return {
    get: () =>
      (made ??= import('nodemailer').then((mailer) => {
        ready = make(mailer);
        return ready;
      })),
    /** The transporter if one was made: closing needs nothing loaded. */
    made: () => ready,
  };
}

/** Over SMTP with nodemailer. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = lazyTransporter((mailer) => mailer.createTransport(url));
  const shown = new URL(url);
  return {
    describe: `over SMTP to ${shown.hostname}${shown.port ? `:${shown.port}` : ''}`,
    deliver: async (mail) => {
      await (await transporter.get()).sendMail(message(from, mail));
    },
    close: () => transporter.made()?.close(),
  };
}

/**
 * Into `<dir>/<id>.eml`, for running without a mail server. Written to a temporary name and
 * renamed, so a file is whole or absent; the same id writes the same file, so a retry after a
 * crash cannot make a second one.
 */
export function fileTransport(dir: string, from: string): MailTransport {
  const transporter = lazyTransporter((mailer) =>
    mailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
  );
  return {
    describe: `as files in ${dir}`,
    deliver: async (mail) => {
      const info = await (await transporter.get()).sendMail(message(from, mail));
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const path = join(dir, `${mail.id}.eml`);
      writeFileSync(`${path}.tmp`, info.message as Buffer, { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    },
    close: () => {},
  };
}

/** SMTP when `SMTP_URL` is set; otherwise files under `<data dir>/outbox`. */
export function mailTransportFor(env: {
  SMTP_URL?: string | undefined;
  MAIL_FROM: string;
  KINTSUGI_DATA_DIR: string;
}): MailTransport {
  return env.SMTP_URL
    ? smtpTransport(env.SMTP_URL, env.MAIL_FROM)
    : fileTransport(join(env.KINTSUGI_DATA_DIR, 'outbox'), env.MAIL_FROM);
}
