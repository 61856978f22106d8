// Steps the Talk journeys share: a look at a Talk screen and a local date-time value. (A server
// stopped and started again on the same database is the harness's `server.restart()`.)
import type { Page } from 'playwright-core';
import { lookAt } from './flows.ts';

/** axe and screenshots (talk-<name>-phone/-desktop) of a Talk screen. */
export const look = lookAt('talk');

/** A local date-time input value `seconds` from now, in the page's own time zone. */
export function localInSeconds(page: Page, seconds: number): Promise<string> {
  return page.evaluate((s) => {
    const d = new Date(Date.now() + s * 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  }, seconds);
}
