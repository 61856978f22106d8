// The healing timeline at scale: seeds five years of daily check-ins for a couple (both
// partners, mostly shared, so both their series and the reveal are in play) and times the
// timeline request for each range, through the real server (routes, per-request RLS
// transaction, JSON serialization) with `inject`. Figures are ratios against the month view
// measured in the same run; the budget is year and all-time <= 2x month.
// Usage: node --import tsx bench/timeline.ts [--iterations 200] [--years 5] [--mark-every 14] [--pg postgres://postgres@127.0.0.1:5432/postgres]
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { timelineModule } from '../src/features/timeline/timeline.routes.server.ts';
import { parseEnv } from '../src/platform/config/env.ts';
import { queryRows, type Database } from '../src/platform/db/database.ts';
import { openMigratedDatabase } from '../src/platform/db/migrate.ts';
import { buildServer } from '../src/platform/server/build-server.ts';
import { hashToken, newSessionToken } from '../src/platform/server/session-token.ts';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200' },
    years: { type: 'string', default: '5' },
    'mark-every': { type: 'string', default: '14' },
    pg: {
      type: 'string',
      default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    },
  },
});
const iterations = Number(values.iterations);
const years = Number(values.years);
if (!Number.isInteger(iterations) || iterations < 10 || iterations > 10_000)
  throw new Error('--iterations must be 10..10000');
if (!Number.isInteger(years) || years < 1 || years > 20) throw new Error('--years must be 1..20');
const markEvery = Number(values['mark-every']);
if (!Number.isInteger(markEvery) || markEvery < 1)
  throw new Error('--mark-every must be a whole number of days');
const ranges = ['month', 'quarter', 'year', 'all'] as const;
const BUDGET = 2;

/** Two people, a couple, `years` of daily check-ins each, and a mark every `markEvery` days. */
async function seed(db: Database): Promise<string> {
  const token = newSessionToken();
  await db.withSystem(async (tx) => {
    const [a, b] = [randomUUID(), randomUUID()];
    const couple = randomUUID();
    await queryRows(
      tx,
      sql`insert into people (id, email, display_name, password_hash) values
            (${a}, ${`a.${a}@bench.test`}, 'Ada', 'x'), (${b}, ${`b.${b}@bench.test`}, 'Ben', 'x')`,
    );
    await queryRows(tx, sql`insert into couples (id, created_by) values (${couple}, ${a})`);
    await queryRows(
      tx,
      sql`insert into memberships (couple_id, person_id) values (${couple}, ${a}), (${couple}, ${b})`,
    );
    await queryRows(
      tx,
      sql`insert into sessions (person_id, token_hash, device, expires_at) values (${a}, ${hashToken(token)}, 'bench', now() + interval '1 day')`,
    );
    // Waves: a slow sine with noise; about one day in eight private, one in twenty skipped.
    for (const [person, phase] of [
      [a, 0],
      [b, 1.3],
    ] as const) {
      await queryRows(
        tx,
        sql`insert into daily_checkins (author_id, couple_id, day, safety, trust, connection, emotions, visibility)
            select ${person}::uuid, ${couple}::uuid, d::date,
                   least(10, greatest(0, round(5 + 3 * sin(i / 20.0 + ${phase}) + random() * 2 - 1)))::smallint,
                   least(10, greatest(0, round(4 + 3 * sin(i / 25.0 + ${phase}) + random() * 2 - 1)))::smallint,
                   least(10, greatest(0, round(5 + 2 * sin(i / 15.0 + ${phase}) + random() * 2 - 1)))::smallint,
                   array[(array['hope','fear','sadness','calm','anger','tenderness'])[1 + (i % 6)],
                         (array['relief','hurt','confusion','gratitude'])[1 + (i % 4)]],
                   case when i % 8 = 3 then 'private' else 'shared' end
              from generate_series(current_date - ${years * 365}::int, current_date, interval '1 day') with ordinality as g(d, i)
             where i % 20 <> 7`,
      );
    }
    await queryRows(
      tx,
      sql`insert into timeline_events (couple_id, author_id, kind, label, occurred_at)
          select ${couple}::uuid, ${a}::uuid, 'bench.mark', 'A mark', now() - (n * ${markEvery} * interval '1 day')
            from generate_series(0, ${Math.floor((years * 365) / markEvery)}) as n`,
    );
  });
  await db.withOwner((tx) => queryRows(tx, sql`analyze`));
  return token;
}

interface Row {
  range: string;
  median: number;
  p95: number;
  points: number;
  bytes: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function measure(db: Database, engine: string): Promise<void> {
  const started = performance.now();
  const token = await seed(db);
  const seeded = (performance.now() - started) / 1000;
  const { app, auth } = await buildServer({
    env: parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'warn' }),
    db,
    features: [timelineModule],
    logger: false,
  });
  await app.ready();
  const call = async (range: string) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/timeline?range=${range}`,
      headers: { cookie: `${auth.cookieName}=${token}` },
    });
    if (res.statusCode !== 200) throw new Error(`${range}: ${res.statusCode} ${res.body}`);
    return res.body;
  };
  const shape: Record<string, { points: number; bytes: number }> = {};
  for (const range of ranges) {
    const body = await call(range);
    const view = JSON.parse(body) as { series: { points: unknown[] }[] };
    shape[range] = {
      points: view.series.reduce((n, s) => n + s.points.length, 0),
      bytes: body.length,
    };
  }
  for (let i = 0; i < 20; i++) for (const range of ranges) await call(range);
  // Round robin, so drift on a shared machine falls on every range alike.
  const times: Record<string, number[]> = Object.fromEntries(ranges.map((r) => [r, []]));
  for (let i = 0; i < iterations; i++) {
    for (const range of ranges) {
      const t = performance.now();
      await call(range);
      times[range]!.push(performance.now() - t);
    }
  }
  await app.close();
  const rows: Row[] = ranges.map((range) => ({
    range,
    median: quantile(times[range]!, 0.5),
    p95: quantile(times[range]!, 0.95),
    ...shape[range]!,
  }));
  const month = rows[0]!.median;
  console.log(
    `\n${engine}: ${years} years seeded in ${seeded.toFixed(1)} s; ${iterations} requests per range`,
  );
  console.log(
    'range    | median ms | p95 ms | points (both series) | bytes  | vs month | budget <= 2x',
  );
  console.log(
    '-------- | --------- | ------ | -------------------- | ------ | -------- | ------------',
  );
  for (const r of rows) {
    const ratio = r.median / month;
    const mark = r.range === 'year' || r.range === 'all' ? (ratio <= BUDGET ? 'ok' : 'OVER') : '';
    console.log(
      `${r.range.padEnd(8)} | ${r.median.toFixed(2).padStart(9)} | ${r.p95.toFixed(2).padStart(6)} | ${String(r.points).padStart(20)} | ${String(r.bytes).padStart(6)} | ${ratio.toFixed(2).padStart(8)} | ${mark}`,
    );
  }
}

async function onPglite(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kintsugi-bench-timeline-'));
  try {
    const db = await openMigratedDatabase({ dataDir: dir });
    try {
      await measure(db, 'PGlite');
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    console.log(`\nPostgreSQL: not reachable at ${new URL(adminUrl).host}; skipped.`);
    return;
  }
  const name = `kintsugi_bench_${randomBytes(4).toString('hex')}`;
  try {
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const db = await openMigratedDatabase({ databaseUrl: url.toString(), dataDir: '' });
    try {
      const version = (await admin.query('show server_version')).rows[0]?.server_version;
      await measure(db, `PostgreSQL ${version}`);
    } finally {
      await db.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.end();
  }
}

console.log('Kintsugi timeline bench: the cost of each range against the month view (same run).');
await onPglite();
await onPostgres(values.pg);
