// Once per e2e run, before any journey file (decision 168): the migrated PGlite template every
// file's database is copied from, and one Chromium every file connects to (`useJourney`), instead
// of each file making them.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { hasChromium, launchBrowserServer, migratedTemplate, SERVER } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's one Chromium (`launchServer`), or '' when there is none to share. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.TEST_DATABASE_URL && existsSync(SERVER)) await migratedTemplate();
  if (!hasChromium) {
    project.provide('chromiumEndpoint', '');
    return;
  }
  const chromium = await launchBrowserServer();
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
  };
}
