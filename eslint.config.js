// Lint: TypeScript rules checked with the types (decision 162), the rules of hooks, plus the
// shape of the house (ARCHITECTURE.md): flow runs one way, cli -> app -> features ->
// platform/content; no feature reaches into another; no cycles; server-only code (by folder, and
// any *.server.ts) never reaches browser code.
import { readdirSync } from 'node:fs';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * Server-only by folder: everything under these runs in Node only, whatever its file is called
 * (the *.server.ts suffix is the other way to say it, for files among shared ones).
 */
export const serverOnlyFolders = [
  './src/platform/server',
  './src/platform/db',
  './src/platform/mail',
  './src/platform/push',
  './src/platform/reminders',
  './src/platform/config',
  './src/platform/testing',
  './src/cli',
  './src/app/server.ts',
  './src/app/api-description.ts',
];

/**
 * Browser code: the web app's entry points and screens, and the shared code they import (words,
 * days, plain text, each feature's schemas).
 */
export const browserCode = [
  './src/**/ui/**',
  './src/platform/web/**',
  './src/app/web.tsx',
  './src/app/*.tsx',
  './src/content/**',
  './src/platform/time/**',
  './src/platform/text/**',
  './src/features/*/*.schema.ts',
];

const layerZones = [
  {
    target: './src/platform',
    from: ['./src/features', './src/app', './src/cli'],
    message: 'The platform knows no feature: register through src/app instead.',
  },
  {
    target: './src/content',
    from: ['./src/features', './src/app', './src/cli', './src/platform'],
    message: 'Content is plain data.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/cli'],
    message: 'Features sit below app and cli.',
  },
  { target: './src/app', from: ['./src/cli'], message: 'app sits below cli.' },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'No feature imports another: move what they share into platform or content.',
  })),
  {
    target: browserCode,
    from: serverOnlyFolders,
    message:
      'Server-only code (platform/server, db, mail, push, reminders, config, testing; cli; app/server.ts) must never reach the browser bundle.',
  },
  {
    target: browserCode,
    from: ['./src/**/*.server.ts'],
    message: 'Server code (*.server.ts) must never reach the browser bundle.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'drizzle/**',
      'data/**',
      'test-results/**',
      'public/**',
      'coverage/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Named here as well as in the preset: a promise nobody awaits loses its error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        // JSX handlers may be async: Preact ignores what a handler returns, and this code's
        // handlers go through useAction's run, which catches every error and never rejects.
        { checksVoidReturn: { attributes: false } },
      ],
      // An async function without await is how a Fastify hook or an interface method says it
      // answers a promise; not a bug here.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (the config, bin, build scripts, the service worker) has no types to use.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.tsx', 'src/**/ui/**/*.ts', 'src/platform/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    plugins: { import: importPlugin },
    settings: {
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/ignore': ['node_modules'],
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Days are worked out in one place (src/platform/time): a person's day, a week's Monday, a
    // day's span, a device's day and a date-time input's value, in TypeScript or inside SQL.
    // Anywhere else, calendar arithmetic on Date objects, Intl day strings or AT TIME ZONE in a
    // statement drifts between copies (the mutual reveal and Today's mark depend on it).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: [
      'src/platform/time/**',
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'src/platform/testing/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'getFullYear',
          'getMonth',
          'getDate',
          'getDay',
          'getUTCFullYear',
          'getUTCMonth',
          'getUTCDate',
          'getUTCDay',
          'setDate',
          'setUTCDate',
        ].map((name) => ({
          selector: `CallExpression[callee.property.name='${name}']`,
          message: `Work out days with src/platform/time (localDay, addDays, mondayOf, deviceDay…), not Date.${name}().`,
        })),
        {
          selector:
            "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
          message:
            'A day is not the first ten characters of a UTC instant: use localDay from src/platform/time.',
        },
        {
          selector: "Literal[value='en-CA']",
          message:
            'Day strings come from src/platform/time (localDay), not a hand-made Intl format.',
        },
        {
          // The same days inside SQL: a person's day, its start, its week or month.
          selector:
            "TemplateElement[value.raw=/at time zone|date_trunc\\(\\s*'(day|week|month|year)'/i]",
          message:
            'A day inside a statement comes from src/platform/time/days-sql.server.ts (localDaySql, dayStartSql, mondayOfSql…), not a hand-written AT TIME ZONE or date_trunc.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests and benchmarks read response bodies and raw SQL rows, typed any, and check them
      // with expect; typing every body again would add words and catch nothing.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // A feature's styles are CSS Modules (decision 167): `import styles from './x.module.css'`,
    // each class scoped to the feature, so two features' `.check-line` can no longer meet. A
    // plain stylesheet of a feature's own would be global again, its look depending on which
    // page loaded first. The shared vocabulary (buttons, cards, fields, the check line) is the
    // platform's global styles in src/platform/web/styles. A package's own stylesheet (uPlot's)
    // keeps its own prefixed classes and is not a feature's to scope, so only relative paths
    // are refused.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?:.*/)?[^/]*(?<!\\.module)\\.css(?:\\?.*)?$',
              message:
                "A feature's stylesheet is a CSS Module: name it <name>.module.css and `import styles from './<name>.module.css'` (decision 167). Shared vocabulary goes in src/platform/web/styles.",
            },
          ],
        },
      ],
    },
  },
  {
    // The browser takes only types from the schemas: a value imported from one brings zod along
    // (about 25 KB gzip), which put the first page over its JS budget once (decision 165).
    files: ['src/**/ui/**', 'src/platform/web/**', 'src/app/web.tsx', 'src/app/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.schema.ts'],
              allowTypeImports: true,
              message:
                'Import only types from a schema in browser code: a value brings zod into the bundle. Move the value to a file without zod (like waves/wave-needs.ts).',
            },
          ],
          paths: [
            { name: 'zod', message: 'zod stays on the server: it is too big for the browser.' },
          ],
        },
      ],
    },
  },
);
