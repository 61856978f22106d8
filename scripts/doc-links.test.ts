import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorOf, brokenDocLinks } from './doc-links.ts';

const root = resolve(import.meta.dirname, '..');

describe('the docs', () => {
  it('link only to files and headings that exist, and name only paths in the tree', () => {
    expect(brokenDocLinks(root)).toEqual([]);
  });
});

describe('the docs check', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'kintsugi-doc-links-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  it('finds a missing file, a missing heading and a path not in the tree, and nothing else', () => {
    mkdirSync(join(fixture, 'docs', 'decisions'), { recursive: true });
    mkdirSync(join(fixture, 'src', 'platform', 'time'), { recursive: true });
    writeFileSync(join(fixture, 'src', 'platform', 'time', 'days.ts'), '');
    writeFileSync(join(fixture, 'docs', 'decisions', '001-stack.md'), '# 001\n');
    writeFileSync(
      join(fixture, 'README.md'),
      [
        '# Kintsugi',
        '## Backup and restore',
        'See [the map](docs/map.md), [backups](#backup-and-restore), [decisions](docs/decisions/),',
        '[the site](https://kintsugi.example) and `src/platform/time/days.ts`, `npm test`, `ui/x.tsx`.',
        '```sh',
        'cat [not a link](nowhere.md) `src/inside-a-code-block.ts`',
        '```',
      ].join('\n'),
    );
    writeFileSync(
      join(fixture, 'docs', 'map.md'),
      [
        '# The map',
        'Back to [the README](../README.md#quick-start) and [decision 1](decisions/001-stack.md).',
        'Days live in `src/platform/time/days.ts` and `src/platform/time/weeks.ts`; `src/**/ui/**` is a glob.',
        'Also [gone](decisions/999-gone.md).',
      ].join('\n'),
    );
    expect(brokenDocLinks(fixture)).toEqual([
      'docs/map.md: link to ../README.md#quick-start (no such heading)',
      'docs/map.md: link to decisions/999-gone.md (no such file)',
      'docs/map.md: names src/platform/time/weeks.ts (not in the tree)',
    ]);
  });

  it("makes a heading's anchor as GitHub does", () => {
    expect(anchorOf('Backup and restore')).toBe('backup-and-restore');
    expect(anchorOf('Requests, roles and row-level security')).toBe(
      'requests-roles-and-row-level-security',
    );
    expect(anchorOf('`npm run check`: what it runs')).toBe('npm-run-check-what-it-runs');
  });
});
