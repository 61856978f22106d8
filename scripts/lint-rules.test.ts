// The lint rules that hold the house up (eslint.config.js, decision 162) refuse what they say
// they refuse: server-only code reached from browser code, by folder as well as by suffix, and
// hooks called out of order. Each case lints a few lines as if they were a file at that path.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    // The cases are not files on disk, so the type-aware rules have no program to read them
    // with; the rules under test need no types. No cycle walk either: it only costs time here.
    { files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked },
    { rules: { 'import/no-cycle': 'off' } },
  ],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const restricted = (found: string[]) =>
  found.filter((p) => p.startsWith('import/no-restricted-paths'));

describe('server-only code never reaches browser code', () => {
  // Files without the .server.ts suffix, refused for the folder they are in.
  const byFolder = [
    ['auth', '../../../platform/server/auth.ts'],
    ['openDatabase', '../../../platform/db/database.ts'],
    ['parseEnv', '../../../platform/config/env.ts'],
    ['backupPostgres', '../../../cli/backup.ts'],
  ];

  for (const [name, path] of byFolder) {
    it(`refuses in a screen: ${path}`, async () => {
      const found = await problems(
        'src/features/journal/ui/boundary-case.tsx',
        `import { ${name} } from '${path}';\nexport const x = ${name};\n`,
      );
      // (cli is refused by the floors as well: a feature sits below it.)
      expect(restricted(found)).toContainEqual(
        expect.stringMatching(/Server-only code .* must never reach the browser/),
      );
    });
  }

  it('refuses a *.server.ts file anywhere, by its suffix', async () => {
    const found = await problems(
      'src/features/journal/ui/boundary-case.tsx',
      `import { journalPage } from '../journal-entries.server.ts';\nexport const x = journalPage;\n`,
    );
    expect(restricted(found)).toHaveLength(1);
    expect(restricted(found)[0]).toMatch(/\*\.server\.ts/);
  });

  it('refuses in the platform web code and the web entry point', async () => {
    const fromWeb = await problems(
      'src/platform/web/boundary-case.ts',
      `import { auth } from '../server/auth.ts';\nexport const x = auth;\n`,
    );
    expect(restricted(fromWeb)).toHaveLength(1);
    const fromEntry = await problems(
      'src/app/boundary-case.tsx',
      `import { openDatabase } from '../platform/db/database.ts';\nexport const x = openDatabase;\n`,
    );
    expect(restricted(fromEntry)).toHaveLength(1);
  });

  it('refuses in shared code the browser reads (a schema)', async () => {
    const found = await problems(
      'src/features/journal/boundary-case.schema.ts',
      `import { AppError } from '../../platform/server/errors.ts';\nexport const x = AppError;\n`,
    );
    expect(restricted(found)).toHaveLength(1);
  });

  it('lets server code import it', async () => {
    const found = await problems(
      'src/features/journal/boundary-case.server.ts',
      `import { auth } from '../../platform/server/auth.ts';\nimport { openDatabase } from '../../platform/db/database.ts';\nexport const x = [auth, openDatabase];\n`,
    );
    expect(restricted(found)).toEqual([]);
  });

  it('lets a screen import shared code', async () => {
    const found = await problems(
      'src/features/journal/ui/boundary-case.tsx',
      `import { localDay } from '../../../platform/time/days.ts';\nexport const x = localDay;\n`,
    );
    expect(restricted(found)).toEqual([]);
  });
});

describe('the rules of hooks', () => {
  it('refuses a hook called under a condition', async () => {
    const found = await problems(
      'src/features/journal/ui/hooks-case.tsx',
      `import { useState } from 'preact/hooks';
export function Case({ on }: { on: boolean }) {
  if (on) {
    const [n] = useState(0);
    return <p>{n}</p>;
  }
  return null;
}
`,
    );
    expect(found.filter((p) => p.startsWith('react-hooks/rules-of-hooks'))).toHaveLength(1);
  });

  it('refuses an effect that leaves out what it reads', async () => {
    const found = await problems(
      'src/features/journal/ui/hooks-case.tsx',
      `import { useEffect } from 'preact/hooks';
export function Case({ id }: { id: string }) {
  useEffect(() => {
    document.title = id;
  }, []);
  return null;
}
`,
    );
    expect(found.filter((p) => p.startsWith('react-hooks/exhaustive-deps'))).toHaveLength(1);
  });
});

describe("a person's day is worked out in src/platform/time only", () => {
  const dayRule = (found: string[]) =>
    found.filter((p) => p.startsWith('no-restricted-syntax') && /days-sql/.test(p));

  it("refuses AT TIME ZONE and date_trunc by week in a feature's SQL", async () => {
    const found = await problems(
      'src/features/journal/day-case.server.ts',
      `import { sql } from 'drizzle-orm';
export const day = sql\`select (now() at time zone p.time_zone)::date from people p\`;
export const week = sql\`select date_trunc('week', created_at) from journal_entries\`;
`,
    );
    expect(dayRule(found)).toHaveLength(2);
  });

  it('lets a feature use the helpers, and platform/time write them', async () => {
    const feature = await problems(
      'src/features/journal/day-case.server.ts',
      `import { sql } from 'drizzle-orm';
import { localDaySql } from '../../platform/time/days-sql.server.ts';
export const day = sql\`select \${localDaySql(sql\`p.time_zone\`)} from people p\`;
`,
    );
    expect(dayRule(feature)).toEqual([]);
    const platform = await problems(
      'src/platform/time/day-case.server.ts',
      `import { sql } from 'drizzle-orm';
export const day = sql\`select (now() at time zone p.time_zone)::date from people p\`;
`,
    );
    expect(dayRule(platform)).toEqual([]);
  });
});

describe("a feature's styles are CSS Modules (decision 167)", () => {
  const cssRefusals = (found: string[]) =>
    found.filter((p) => p.startsWith('no-restricted-imports') && p.includes('CSS Module'));

  it('refuses a plain stylesheet of its own in a feature', async () => {
    for (const source of ['./journal.css', '../ui/journal.css', './parts/journal.css?inline']) {
      const found = await problems(
        'src/features/journal/ui/styles-case.tsx',
        `import '${source}';\n`,
      );
      expect(cssRefusals(found), source).toHaveLength(1);
    }
    const named = await problems(
      'src/features/journal/ui/styles-case.tsx',
      `import styles from './journal.css';\nexport const x = styles;\n`,
    );
    expect(cssRefusals(named)).toHaveLength(1);
  });

  it('lets a feature import its module, and a package its own stylesheet', async () => {
    const found = await problems(
      'src/features/journal/ui/styles-case.tsx',
      `import styles from './journal.module.css';\nimport 'uplot/dist/uPlot.min.css';\nexport const x = styles;\n`,
    );
    expect(cssRefusals(found)).toEqual([]);
  });

  it('leaves the platform its global design system', async () => {
    const found = await problems(
      'src/platform/web/ui/styles-case.tsx',
      `import '../styles/choice.css';\n`,
    );
    expect(cssRefusals(found)).toEqual([]);
  });
});
