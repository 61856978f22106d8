// The figures as plain-text tables, each marked against its budget from ARCHITECTURE.md.
import { bestRound, type Target } from './measure.ts';
import { INITIAL_JS_BUDGET_KB, type WebSize } from './web-size.ts';

export const BUDGET = {
  ratio: 0.5,
  p99Ms: 25,
  startExistingMs: 2000,
  rssPgliteMb: 400,
  rssPostgresMb: 150,
  initialJsKb: INITIAL_JS_BUDGET_KB,
};

const mark = (ok: boolean, budget: string) => (ok ? ` ok (${budget})` : ` MISSED (${budget})`);
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${Math.round(n)} MB`;
const cores = (n: number) => n.toFixed(2);
// CPU time per request moves far less than req/s when others share the machine.
const perRequest = (cores: number, rps: number) => (rps > 0 ? int((cores / rps) * 1e6) : 'n/a');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function loadRow(target: Target, floorRps: number | undefined, budgets: { p99: boolean }) {
  const best = bestRound(target);
  if (!best) return [target.name, 'failed'];
  const ratio = floorRps ? best.rps / floorRps : undefined;
  const isFloor = target.name === 'floor';
  return [
    target.name,
    int(best.rps),
    target.rounds.map((r) => int(r.rps)).join(' / '),
    String(best.p50),
    String(best.p99) + (budgets.p99 ? mark(best.p99 < BUDGET.p99Ms, `< ${BUDGET.p99Ms}`) : ''),
    `${best.failures} of ${int(best.total)}`,
    ratio === undefined
      ? 'n/a'
      : ratio.toFixed(2) + (isFloor ? '' : mark(ratio >= BUDGET.ratio, `>= ${BUDGET.ratio}`)),
    perRequest(best.cpu.server, best.rps),
    perRequest(best.cpu.postgres, best.rps),
    cores(best.cpu.others),
  ];
}

function startColumn(target: Target, rssBudget: number): string[] {
  const s = target.start;
  if (!s) return Array<string>(7).fill('failed');
  const opt = (n: number | undefined, f: (n: number) => string) => (n === undefined ? 'n/a' : f(n));
  return [
    secs(s.startFreshMs),
    secs(s.startExistingMs) + mark(s.startExistingMs <= BUDGET.startExistingMs, '<= 2 s'),
    mb(s.rssFreshMb) + mark(s.rssFreshMb <= rssBudget, `<= ${rssBudget} MB`),
    mb(s.rssExistingMb) + mark(s.rssExistingMb <= rssBudget, `<= ${rssBudget} MB`),
    opt(target.rssAfterLoadMb, mb),
    opt(target.peakMb, mb),
    opt(target.stopMs, secs),
  ];
}

export function formatReport(input: {
  header: string;
  floor: Target;
  postgres: Target;
  pglite: Target;
  web: WebSize | null;
}): string {
  const { floor, postgres, pglite, web } = input;
  const floorRps = bestRound(floor)?.rps;
  const requests = table([
    [
      'GET /api/v1/me',
      'req/s',
      'each round',
      'p50 ms',
      'p99 ms',
      'errors/non-2xx',
      'req/s vs floor',
      'CPU us/req: server',
      'PostgreSQL',
      'others (cores)',
    ],
    loadRow(floor, floorRps, { p99: false }),
    loadRow(postgres, floorRps, { p99: true }),
    loadRow(pglite, floorRps, { p99: false }),
  ]);

  const pg = startColumn(postgres, BUDGET.rssPostgresMb);
  const lite = startColumn(pglite, BUDGET.rssPgliteMb);
  const labels = [
    'start, fresh (spawn to first /api/health 200)',
    'start, existing data',
    'RSS after start, fresh',
    'RSS after start, existing',
    'RSS after the load',
    'peak RSS (VmHWM)',
    'stop (SIGTERM to exit)',
  ];
  const startup = table([
    ['start and memory', 'app on PostgreSQL', 'app on PGlite'],
    ...labels.map((label, i) => [label, pg[i]!, lite[i]!]),
  ]);

  const js = web
    ? `initial JS: ${(web.totalBytes / 1024).toFixed(1)} KB gzip` +
      mark(web.totalBytes <= BUDGET.initialJsKb * 1024, `<= ${BUDGET.initialJsKb} KB`) +
      web.files.map((f) => `\n  ${f.path}  ${(f.gzipBytes / 1024).toFixed(1)} KB`).join('')
    : 'initial JS: unavailable (no dist/web/index.html; the web build did not run)';

  const errors = [floor, postgres, pglite]
    .flatMap((t) => (t.error ? [`\nerror: ${t.error.message}`] : []))
    .join('');
  return `${input.header}\n\n${requests}\n\n${startup}\n\n${js}\n${errors}`;
}
