import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

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

/** Over SMTP with nodemailer. */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  const shown = new URL(url);
  return {
    describe: `over SMTP to ${shown.hostname}${shown.port ? `:${shown.port}` : ''}`,
    deliver: async (mail) => {
      await transporter.sendMail(message(from, mail));
    },
    close: () => transporter.close(),
  };
}

/**
 * Into `<dir>/<id>.eml`, for running without a mail server. Written to a temporary name and
 * renamed, so a file is whole or absent; the same id writes the same file, so a retry after a
 * crash cannot make a second one.
 */
export function fileTransport(dir: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  return {
    describe: `as files in ${dir}`,
    deliver: async (mail) => {
      const info = await transporter.sendMail(message(from, mail));
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
