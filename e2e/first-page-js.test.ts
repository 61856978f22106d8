// The first page's initial JS stays within its budget (ARCHITECTURE.md: 60 KB gzip; decision 165):
// every script and modulepreload that the built dist/web/index.html names, gzipped (level 9) one
// by one and summed, measured exactly as `npm run bench` reports it (bench/lib/web-size.ts). A
// size, not a timing, so it may fail a run. It reads the build, so it sits with the journeys,
// which `npm run test:e2e` runs right after `npm run build`; it needs no browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET_KB, initialJsSize } from '../bench/lib/web-size.ts';

const webDir = join(import.meta.dirname, '..', 'dist', 'web');

describe("the first page's JS", () => {
  it(`is at most ${INITIAL_JS_BUDGET_KB} KB gzip`, () => {
    expect(existsSync(join(webDir, 'index.html')), 'no dist/web: run `npm run build` first').toBe(
      true,
    );
    const size = initialJsSize(webDir)!;
    const files = size.files.map((f) => f.path);
    // Something was measured: the app's own entry and its shared chunk, not an empty list.
    expect(files.some((path) => /^assets\/index-[\w-]+\.js$/.test(path))).toBe(true);
    expect(size.files.every((f) => f.gzipBytes > 0)).toBe(true);

    const listing = size.files
      .map((f) => `${f.path} ${(f.gzipBytes / 1024).toFixed(1)} KB`)
      .join(', ');
    expect(
      size.totalBytes,
      `${(size.totalBytes / 1024).toFixed(1)} KB gzip (${listing}): move what the first screen ` +
        'does not need into a chunk loaded later (see decision 165)',
    ).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB * 1024);
  });
});
