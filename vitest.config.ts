import { defineConfig } from 'vitest/config';

// Two projects: `unit` (operations, routes through inject, RLS straight against the database)
// and `e2e` (browser journeys against the built server). Both use a real PostgreSQL: PGlite by
// default, server PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
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
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
