// Shared by the two accessibility journeys: open a page as a person arrives, wait until it has
// settled, then scan it.
import type { Page } from 'playwright-core';
import { waitForHeading } from './flows.ts';

export async function open(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await waitForHeading(page, heading);
  // Settled: nothing is still saying "one moment".
  await page.waitForFunction(() => document.querySelector('.loading') === null);
}

export const THEMES = ['light', 'dark'] as const;
