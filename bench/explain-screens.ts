// Where a screen's read spends its time under row-level security: every statement each screen's
// first GET sends, through the real server (routes, the per-request role and user, RLS), with
// its plan from PostgreSQL's auto_explain (ANALYZE, BUFFERS; nested statements of policy and
// helper functions too), sent back to this client as notices. Prints per statement the planning
// and execution time and the plan's top lines. Needs a database seeded with bench/seed-year.sql
// and a superuser URL (auto_explain is loaded for this database only). Decision 111.
// Usage: node --import tsx bench/explain-screens.ts --pg postgres://postgres@127.0.0.1:5432/kintsugi_fast_explain [--full]
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { features } from '../src/app/server.ts';
import { parseEnv } from '../src/platform/config/env.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { buildServer } from '../src/platform/server/build-server.ts';
import { hashToken } from '../src/platform/server/session-token.ts';
import { seedUuid } from './lib/seed-sql.ts';

const { values } = parseArgs({
  options: {
    pg: { type: 'string', default: process.env.BENCH_PG_URL ?? '' },
    full: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
  },
});
if (!values.pg) throw new Error('--pg <superuser url of a seeded database> is required');
const url = new URL(values.pg);
const dbName = url.pathname.slice(1);
if (!/^[a-z0-9_]+$/.test(dbName)) throw new Error('database name: lowercase letters, digits, _');

const screens = [
  '/api/v1/today',
  '/api/v1/timeline?range=month',
  '/api/v1/timeline?range=year',
  '/api/v1/checkins/today',
  '/api/v1/checkins/weekly',
  '/api/v1/path',
  '/api/v1/promises/ledger?weeks=12',
  '/api/v1/talks',
  '/api/v1/agreements',
];

// Plans come back as notices on the connection that ran the statement.
const notices: string[] = [];
// Kept to be called with the client as `this` below.
// eslint-disable-next-line @typescript-eslint/unbound-method
const connect = pg.Client.prototype.connect;
pg.Client.prototype.connect = function (this: pg.Client, ...args: unknown[]) {
  this.on('notice', (n) => {
    if (n.message?.startsWith('duration:')) notices.push(n.message);
  });
  return (connect as (...a: unknown[]) => unknown).apply(this, args);
} as typeof connect;

const admin = new pg.Client({ connectionString: values.pg });
await admin.connect();
for (const setting of [
  "session_preload_libraries = 'auto_explain'",
  'auto_explain.log_min_duration = 0',
  'auto_explain.log_analyze = on',
  'auto_explain.log_buffers = on',
  'auto_explain.log_timing = on',
  'auto_explain.log_nested_statements = on',
  "auto_explain.log_level = 'notice'",
])
  await admin.query(`alter database ${dbName} set ${setting}`);
// The year couple's first person (bench/seed-year.sql), signed in for this run.
const YEAR_PERSON = seedUuid("'person-a0'");
const token = randomBytes(32).toString('base64url');
await admin.query(
  `insert into sessions (person_id, token_hash, device, expires_at)
   values (${YEAR_PERSON}, $1, 'explain', now() + interval '1 hour')`,
  [hashToken(token)],
);

const db = await openDatabase({ databaseUrl: values.pg, dataDir: '', poolSize: 1 });
const { app, auth } = await buildServer({
  env: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'warn' }),
  db,
  features,
});
const READ_MARKER = "set_config('transaction_read_only', 'on', true);";
const userId = (await admin.query(`select ${YEAR_PERSON} as id`)).rows[0].id as string;
try {
  for (const screen of screens) {
    notices.length = 0;
    for (let round = 0; round < Number(values.rounds); round++) {
      if (round === Number(values.rounds) - 1) notices.length = 0;
      const res = await app.inject({
        method: 'GET',
        url: screen,
        headers: { cookie: `${auth.cookieName}=${token}` },
      });
      if (res.statusCode !== 200) throw new Error(`${screen}: ${res.statusCode} ${res.body}`);
    }
    // Top-level statements (after the session lookup), and what ran nested inside them.
    const statements = new Set<string>();
    const nested = new Map<string, { runs: number; ms: number }>();
    for (const n of notices) {
      const text = /Query Text: ([\s\S]*?)\n(?=[^\n]*\(cost=)/.exec(n)?.[1] ?? '';
      const ms = Number(/^duration: ([\d.]+) ms/.exec(n)?.[1] ?? 0);
      const at = text.indexOf(READ_MARKER);
      if (at >= 0) statements.add(text.slice(at + READ_MARKER.length).trim());
      else if (!text.includes('app_session_viewer')) {
        const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
        const seen = nested.get(key) ?? { runs: 0, ms: 0 };
        nested.set(key, { runs: seen.runs + 1, ms: seen.ms + ms });
      }
    }
    console.log(`\n## GET ${screen}: ${statements.size} statement(s) after the session lookup`);
    for (const statement of statements) console.log(await explain(statement));
    if (nested.size > 0) {
      console.log('  nested statements run inside them (functions not inlined):');
      for (const [key, v] of nested)
        console.log(`    ${v.runs}x, ${v.ms.toFixed(3)} ms in all: ${key}`);
    }
  }
} finally {
  await app.close();
  await db.close();
  for (const setting of [
    'session_preload_libraries',
    'auto_explain.log_min_duration',
    'auto_explain.log_analyze',
    'auto_explain.log_buffers',
    'auto_explain.log_timing',
    'auto_explain.log_nested_statements',
    'auto_explain.log_level',
  ])
    await admin.query(`alter database ${dbName} reset ${setting}`);
  await admin.query(`delete from sessions where device = 'explain'`);
  await admin.end();
}

/** The statement as the app sends it, as kintsugi_app with the user set: plan and timings. */
async function explain(statement: string): Promise<string> {
  let out: string[] = [];
  for (let round = 0; round < 3; round++) {
    await admin.query('begin');
    try {
      await admin.query(
        `select set_config('role', 'kintsugi_app', true), set_config('app.user_id', $1, true)`,
        [userId],
      );
      const res = await admin.query(`explain (analyze, buffers) ${statement}`);
      out = res.rows.map((r: Record<string, string>) => r['QUERY PLAN']!);
    } finally {
      await admin.query('rollback');
    }
  }
  const planning = out.find((l) => l.startsWith('Planning Time'));
  const execution = out.find((l) => l.startsWith('Execution Time'));
  const buffers = out.find((l) => /^\s*Buffers:/.test(l))?.trim();
  const seqScans = out
    .filter((l) => /Seq Scan on (?!pg_)/.test(l))
    .map((l) => l.trim().split(' (')[0]);
  const lines = values.full
    ? out.map((l) => `      ${l}`)
    : out
        .filter((l) => /\(cost=/.test(l))
        .slice(0, 8)
        .map((l) => `      ${l.replace(/\s*\(cost=[^)]*\)/, '').slice(0, 150)}`);
  return [
    `- ${statement.replace(/\s+/g, ' ').slice(0, 150)}`,
    `    ${planning}; ${execution}; ${buffers ?? ''}`,
    ...(seqScans.length ? [`    seq scans: ${[...new Set(seqScans)].join(', ')}`] : []),
    ...lines,
  ].join('\n');
}
