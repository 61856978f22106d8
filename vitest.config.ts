import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Three projects:
// - `pure`: tests that need no database (rules, content, pure functions, the CLI's own processes);
//   no global setup, so running one of these files alone takes a second, not a migration.
// - `unit`: operations, routes through inject, RLS straight against the database. A real
//   PostgreSQL: PGlite by default, server PostgreSQL when TEST_DATABASE_URL is set; the global
//   setup migrates once per run and every file starts from a copy.
// - `e2e`: browser journeys against the built server; the global setup starts the one Chromium
//   every journey file connects to (decision 168).
// A test file is in `unit` when it opens the test database or server (or reads what the global
// setup provides); every other test file is `pure`. Nothing to keep in a list by hand.
const usesDatabase = /\/test-(db|server)\.ts'|\binject\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const pureFiles = [...testFiles('src'), ...testFiles('scripts')].filter(
  (file) => !usesDatabase.test(readFileSync(file, 'utf8')),
);

// Two test files at a time at least (the journeys run one at a time whatever it says). Vitest's
// own default is one fewer than the cores, which on a 2-core machine (CI's, and this project's)
// is one file at a time: the second core then idles while a file waits on a server process it
// started, on argon2, or on Vitest's transforms. The projects inherit this value, so
// `--maxWorkers` on the command line does not reach them: change it here.
const maxWorkers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    maxWorkers,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: pureFiles,
          setupFiles: ['src/platform/testing/no-concurrent-queries.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: pureFiles,
          globalSetup: ['src/platform/testing/global-setup.ts'],
          setupFiles: ['src/platform/testing/no-concurrent-queries.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
