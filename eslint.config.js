// Lint: TypeScript rules, plus the shape of the house (ARCHITECTURE.md): flow runs one way,
// cli -> app -> features -> platform/content; no feature reaches into another; no cycles;
// *.server.ts never reaches browser code.
import { readdirSync } from 'node:fs';
import importPlugin from 'eslint-plugin-import';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

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
    target: ['./src/**/ui/**', './src/platform/web/**', './src/app/web.tsx', './src/app/*.tsx'],
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
  ...tseslint.configs.recommended,
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
    // day's span, a device's day and a date-time input's value. Anywhere else, calendar arithmetic
    // on Date objects or Intl day strings drifts between copies (the mutual reveal depends on it).
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
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
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
