// The docs point at what exists: every relative link in README.md and docs/*.md opens a file
// (and its #anchor a heading there), and every file path they name in backticks is in the tree.
// `scripts/doc-links.test.ts` runs it with the pure tests; `node --import tsx scripts/doc-links.ts`
// prints what is broken.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The documents checked: the README and the top of docs/ (decisions keep their history as written). */
export function documents(root: string): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name));
  return [join(root, 'README.md'), ...docs];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsIn(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => anchorOf(heading!)));
}

/** Top folders and files of the repository a path in backticks may start with. */
const ROOTS =
  /^(src|docs|scripts|e2e|bench|drizzle|public|bin|\.ci)\/|^(package\.json|eslint\.config\.js|vite\.config\.ts|vitest\.config\.ts|tsconfig\.json|drizzle\.config\.ts|redocly\.yaml)$/;

/** Each broken link or path, as `file: what` (empty when all is well). */
export function brokenDocLinks(root: string): string[] {
  const broken: string[] = [];
  for (const file of documents(root)) {
    const name = relative(root, file);
    // Code blocks hold commands and layouts, not links.
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue; // https:, mailto: …
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const to = path === '' ? file : resolve(dirname(file), decodeURI(path));
      if (!existsSync(to)) {
        broken.push(`${name}: link to ${target} (no such file)`);
      } else if (anchor && to.endsWith('.md') && !anchorsIn(to).has(anchor)) {
        broken.push(`${name}: link to ${target} (no such heading)`);
      }
    }
    for (const [, quoted] of text.matchAll(/`([^`\s]+)`/g)) {
      const path = quoted!.replace(/[.,:;]+$/, '');
      if (!ROOTS.test(path) || /[*<>{}…]/.test(path)) continue;
      if (!existsSync(join(root, path))) broken.push(`${name}: names ${path} (not in the tree)`);
    }
  }
  return broken;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const broken = brokenDocLinks(root);
  for (const line of broken) console.log(line);
  console.log(`Docs: ${broken.length} broken links or paths.`);
  process.exit(broken.length > 0 ? 1 : 0);
}
