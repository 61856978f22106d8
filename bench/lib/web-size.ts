// The initial JS of the first page: every script and modulepreload that dist/web/index.html
// names, gzipped (level 9) one by one and summed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget of the first page's initial JS, KB (1,024 bytes) gzip: ARCHITECTURE.md. */
export const INITIAL_JS_BUDGET_KB = 60;

export interface WebSize {
  files: { path: string; gzipBytes: number }[];
  totalBytes: number;
}

export function initialJsSize(webDir: string): WebSize | null {
  const indexPath = join(webDir, 'index.html');
  if (!existsSync(indexPath)) return null;
  const html = readFileSync(indexPath, 'utf8');
  const refs = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/rel=["']?modulepreload/i.test(tag)) continue;
    const ref = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (ref && !/^(https?:)?\/\//.test(ref)) refs.add(ref.split(/[?#]/)[0]!.replace(/^\//, ''));
  }
  const files = [...refs].map((path) => ({
    path,
    gzipBytes: gzipSync(readFileSync(join(webDir, path)), { level: 9 }).length,
  }));
  return { files, totalBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
