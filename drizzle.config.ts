import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/platform/db/*.tables.server.ts', './src/features/*/*.tables.server.ts'],
  out: './drizzle',
  // We keep no drizzle-kit journal: migrations are tracked by file name (see src/platform/db/migrate.ts).
});
