// The one setup every journey file shares (decision 168): `useJourney()` in a file's `describe`
// starts the built server on a database of the file's own before its tests, connects to the run's
// one Chromium (started by the e2e global setup; a Chromium of its own when there is none), and at
// the end closes every context the file opened, the browser connection and the server. Files with
// special needs say so in options: a mail receiver, a push receiver, settings of the server's own.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startPushReceiver, type PushReceiver } from '../src/platform/testing/push-receiver.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../src/platform/testing/smtp-receiver.ts';
import {
  connectBrowser,
  launchBrowser,
  newPerson,
  startServer,
  type Person,
  type RunningServer,
} from './harness.ts';

export interface JourneyOptions {
  /** Settings of the server's own, e.g. `{ REMINDER_SWEEP_SECONDS: '1' }`. */
  env?: Record<string, string>;
  /** A real SMTP server on loopback takes the server's mail (`SMTP_URL`): `journey.smtp`. */
  mail?: boolean;
  /**
   * A push service on loopback that checks and decrypts what it gets: `journey.push`. The server
   * runs with `NODE_ENV=test`, the only setting in which it posts to a push service on loopback.
   */
  push?: boolean;
}

export interface Journey {
  readonly server: RunningServer;
  /** Where the server listens now (a restart moves it). */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** With `mail: true` only. */
  readonly smtp: SmtpReceiver;
  /** With `push: true` only. */
  readonly push: PushReceiver;
  /** A person in their own browser context, i.e. their own device; closed at the end. */
  person(options?: Parameters<typeof newPerson>[2]): Promise<Person>;
}

export function useJourney(options: JourneyOptions = {}): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let smtp: SmtpReceiver | undefined;
  let push: PushReceiver | undefined;

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) {
      throw new Error(`journey.${what} is not there: use it inside a test or a later beforeAll.`);
    }
    return value;
  };

  beforeAll(async () => {
    const env: Record<string, string> = { ...options.env };
    if (options.mail) {
      smtp = await startSmtpReceiver();
      env.SMTP_URL = smtp.url;
    }
    if (options.push) {
      push = await startPushReceiver();
      env.NODE_ENV = 'test';
    }
    const endpoint = inject('chromiumEndpoint');
    const [started, connected] = await Promise.allSettled([
      startServer({ env }),
      endpoint ? connectBrowser(endpoint) : launchBrowser(),
    ]);
    if (started.status === 'fulfilled') server = started.value;
    if (connected.status === 'fulfilled') browser = connected.value;
    if (started.status === 'rejected') throw started.reason;
    if (connected.status === 'rejected') throw connected.reason;
  });

  afterAll(async () => {
    // People's contexts first (on a shared Chromium they would go with the connection anyway).
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
    await browser?.close();
    await server?.stop();
    await smtp?.close();
    await push?.close();
  });

  return {
    get server() {
      return ready(server, 'server');
    },
    get baseUrl() {
      return ready(server, 'server').baseUrl;
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get smtp() {
      return ready(smtp, 'smtp (useJourney({ mail: true }))');
    },
    get push() {
      return ready(push, 'push (useJourney({ push: true }))');
    },
    person(personOptions) {
      return newPerson(ready(browser, 'browser'), ready(server, 'server').baseUrl, personOptions);
    },
  };
}
