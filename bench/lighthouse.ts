// The first page's Lighthouse budgets (ARCHITECTURE.md): mobile performance >= 0.95 and
// accessibility 1.0, on the signed-out landing and sign-in pages and a signed-in page. Runs the
// built server (`npm run build` first) on a fresh PGlite data dir and Debian's Chromium, offline.
// Figures are printed with their budgets; a missed budget never fails the run.
// Usage: node --import tsx bench/lighthouse.ts [--runs 3] [--save <dir>]
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { seedPeople } from './lib/load.ts';
import { log } from './lib/measure.ts';
import { killAllChildren, startServer, type Server } from './lib/processes.ts';

const BUDGET = { performance: 0.95, accessibility: 1 } as const;
type Category = keyof typeof BUDGET;
const CATEGORIES = Object.keys(BUDGET) as Category[];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, save: { type: 'string' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 10) throw new Error('--runs must be 1..10');
const root = resolve(import.meta.dirname, '..');
for (const built of ['dist/server/main.js', 'dist/web/index.html']) {
  if (!existsSync(join(root, built))) {
    process.stderr.write(`${built} is missing: run \`npm run build\` first.\n`);
    process.exit(1);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'kintsugi-lighthouse-'));
let server: Server | undefined;
let chrome: LaunchedChrome | undefined;
process.on('exit', () => {
  killAllChildren();
  chrome?.process.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
setTimeout(() => {
  log('still running after 20 minutes; giving up');
  process.exit(1);
}, 20 * 60_000).unref();

interface Page {
  name: string;
  path: string;
  headers?: Record<string, string>;
}
interface Measure {
  scores: Record<Category, number>;
  metrics: string;
  failing: Map<string, string>;
}

function measureOf(lhr: Result): Measure {
  const scores = {} as Record<Category, number>;
  const failing = new Map<string, string>();
  for (const id of CATEGORIES) {
    const category = lhr.categories[id]!;
    scores[id] = category.score ?? 0;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id]!;
      // Failing, as the report shows it: scored below a pass (metrics and diagnostics
      // included); never the not-applicable, the informative or the report's hidden ones.
      const isScored = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      const pass = id === 'accessibility' ? 1 : 0.9;
      if (ref.group !== 'hidden' && isScored && audit.score !== null && audit.score < pass) {
        failing.set(`${id}: ${audit.title}`, audit.displayValue ?? '');
      }
    }
  }
  const metrics = METRICS.map(
    ([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`,
  ).join(', ');
  return { scores, metrics, failing };
}

async function audit(
  page: Page,
  origin: string,
  port: number,
  run: number,
  attempt = 1,
): Promise<Measure> {
  const result = await lighthouse(`${origin}${page.path}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    ...(page.headers ? { extraHeaders: page.headers } : {}),
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
  const lhr = result.lhr;
  lighthouseVersion = lhr.lighthouseVersion;
  if (lhr.runtimeError) {
    // Lighthouse's own advice for a broken trace (NO_NAVSTART and the like) is to run again.
    const error = `${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
    if (attempt >= 3) throw new Error(error);
    log(`${error}; trying again`);
    return audit(page, origin, port, run, attempt + 1);
  }
  if (values.save) {
    mkdirSync(values.save, { recursive: true });
    writeFileSync(join(values.save, `${page.name}-${run}.json`), JSON.stringify(lhr));
  }
  return measureOf(lhr);
}

let lighthouseVersion = '';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mark = (id: Category, score: number) =>
  score >= BUDGET[id] ? `ok (>= ${BUDGET[id]})` : `MISSED (>= ${BUDGET[id]})`;

async function main() {
  log('start the built server on a fresh PGlite data dir');
  server = await startServer({
    name: 'app on PGlite',
    args: ['dist/server/main.js', 'serve'],
    env: {
      KINTSUGI_DATA_DIR: join(tmp, 'data'),
      DATABASE_URL: undefined,
      PUBLIC_ORIGIN: undefined,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    cwd: root,
    timeoutMs: 120_000,
  });
  const [person] = await seedPeople(server.origin, 1);
  const pages: Page[] = [
    { name: 'landing', path: '/' },
    { name: 'sign-in', path: '/sign-in' },
    { name: 'today', path: '/today', headers: { cookie: person!.cookie } },
  ];

  chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const results = new Map<string, Measure[]>(pages.map((p) => [p.name, []]));
  // Runs alternate over the pages, so that a busy moment on the machine falls on all alike.
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      log(`run ${run}/${runs}: ${page.path}${page.headers ? ' (signed in)' : ''}`);
      results.get(page.name)!.push(await audit(page, server.origin, chrome.port, run));
    }
  }

  const lines = [
    `Lighthouse ${lighthouseVersion}, mobile (default config, simulated throttling), ${runs} run(s) per page`,
    `Chromium: ${process.env.CHROME_PATH ?? '/usr/bin/chromium'}; median of the runs, every run's score beside it`,
    '',
  ];
  for (const page of pages) {
    const measures = results.get(page.name)!;
    lines.push(`${page.path}${page.headers ? ' (signed in)' : ''}`);
    for (const id of CATEGORIES) {
      const scores = measures.map((m) => m.scores[id]);
      const mid = median(scores);
      lines.push(
        `  ${id.padEnd(14)} ${mid.toFixed(2)} ${mark(id, mid).padEnd(16)} runs: ${scores.map((s) => s.toFixed(2)).join(' / ')}`,
      );
    }
    measures.forEach((m, i) => lines.push(`  run ${i + 1}: ${m.metrics}`));
    const failing = new Map<string, string>();
    for (const m of measures) for (const [title, value] of m.failing) failing.set(title, value);
    if (failing.size > 0) {
      lines.push('  failing audits (in any run):');
      for (const [title, value] of failing) lines.push(`    ${title}${value ? ` (${value})` : ''}`);
    }
    lines.push('');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

try {
  await main();
} finally {
  chrome?.kill();
  await server?.stop();
}
