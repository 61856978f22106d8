// Realistic data for the screen bench, written in SQL with generate_series as the database owner
// (who is not subject to row-level security), never through the API. Every row respects the
// tables' constraints; the check-in rollup trigger runs as it does for the app.
import type pg from 'pg';

/**
 * What seeding one couple needs of a connection: one statement at a time on the same session,
 * its rows back. A `pg.Client` is one, and so is PGlite (the screen bench's `--pglite` part).
 */
export interface SqlClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * SQL for a repeatable id from `seed` (an SQL text expression): its md5 with a v4 UUID's version
 * and variant digits, since the API's schemas refuse a bare md5 as a UUID. bench/seed-year.sql,
 * run by psql, has the same as `pg_temp.seed_uuid`.
 */
export const seedUuid = (seed: string) =>
  `overlay(overlay(md5(${seed}) placing '4' from 13) placing '8' from 17)::uuid`;

/** How much one couple has written. `full` is a couple after a year of use. */
export interface Profile {
  days: number; // daily check-ins per person
  weeks: number; // weekly check-ins per person
  promises: number;
  steps: number; // steps per promise, the 'made' one included (1-3)
  agreements: number;
  versions: number; // versions per agreement
  journal: number; // journal entries per couple (half each)
  letters: number;
  talks: number;
  turns: number; // turns per conversation
}

export const FULL_YEAR: Profile = {
  days: 365,
  weeks: 52,
  promises: 40,
  steps: 3,
  agreements: 10,
  versions: 2,
  journal: 200,
  letters: 30,
  talks: 20,
  turns: 30,
};

/** What the 100,000 other couples hold when a full year each would not fit the time we have. */
export const LIGHT: Profile = {
  days: 30,
  weeks: 4,
  promises: 4,
  steps: 2,
  agreements: 1,
  versions: 1,
  journal: 10,
  letters: 3,
  talks: 2,
  turns: 6,
};

// Ids made from md5 get the version and variant bits of a v4 uuid: the API's answers check them.

/**
 * Fills every couple in the temporary table `bench_couples (couple_id, a, b)` with `p`. The ids
 * of promises and agreements are derived from the couple's id, so no lookups are needed.
 */
export function profileSql(p: Profile): string[] {
  const people = `bench_couples c cross join lateral (values (c.a, c.b, 0), (c.b, c.a, 1)) pp(id, other, k)`;
  return [
    `insert into daily_checkins (couple_id, author_id, day, emotions, safety, trust, connection,
       note, visibility, created_at, updated_at, day_starts_at, day_ends_at)
     select c.couple_id, pp.id, current_date - g,
       array[(array['hope','calm','hurt','gratitude','sadness','tenderness'])[1 + (g + pp.k) % 6]],
       (g + pp.k) % 11, (g * 3) % 11, (g * 7) % 11,
       case when g % 4 = 0 then 'A few words about the day.' end,
       case when g % 8 = 0 then 'private' else 'shared' end,
       (current_date - g) + time '20:00', (current_date - g) + time '20:00',
       (current_date - g)::timestamp at time zone 'UTC', (current_date - g + 1)::timestamp at time zone 'UTC'
     from ${people} cross join generate_series(1, ${p.days}) g`,
    `insert into weekly_checkins (couple_id, author_id, week_start, appreciated, hard, need, together, created_at, updated_at)
     select c.couple_id, pp.id, date_trunc('week', current_date)::date - 7 * g,
       'You listened.', 'The evenings.', 'More walks.', 'Sunday breakfast.',
       now() - make_interval(days => 7 * g), now() - make_interval(days => 7 * g)
     from ${people} cross join generate_series(1, ${p.weeks}) g`,
    `insert into promises (id, couple_id, author_id, visibility, created_at)
     select ${seedUuid("c.couple_id::text || 'promise' || g")}, c.couple_id,
       case when g % 2 = 0 then c.a else c.b end, case when g % 5 = 0 then 'private' else 'shared' end,
       now() - make_interval(days => 8 * g)
     from bench_couples c cross join generate_series(1, ${p.promises}) g`,
    `insert into promise_events (promise_id, couple_id, seq, author_id, visibility, kind, text, due_at, created_at)
     select ${seedUuid("c.couple_id::text || 'promise' || g")}, c.couple_id, s,
       case when (g % 2 = 0) = (s <> 3) then c.a else c.b end,
       case when g % 5 = 0 then 'private' else 'shared' end,
       (array['made','kept','noticed'])[s],
       case when s = 1 then 'I will tell you when I am running late.' end,
       case when s = 1 then now() - make_interval(days => 8 * g - 3) end,
       now() - make_interval(days => 8 * g, hours => -s)
     from bench_couples c cross join generate_series(1, ${p.promises}) g
       cross join generate_series(1, ${p.steps}) s
     where s < 3 or g % 5 <> 0`,
    `insert into agreements (id, couple_id, created_by, created_at)
     select ${seedUuid("c.couple_id::text || 'agreement' || g")}, c.couple_id, c.a, now() - make_interval(days => 30 * g)
     from bench_couples c cross join generate_series(1, ${p.agreements}) g`,
    `insert into agreement_versions (agreement_id, couple_id, number, author_id, title, daily_life, why_safe, review_on, created_at)
     select ${seedUuid("c.couple_id::text || 'agreement' || g")}, c.couple_id, v,
       case when v % 2 = 1 then c.a else c.b end, 'Phones at dinner', 'Phones stay in the hall.',
       'We hear each other.', current_date + 30 * g, now() - make_interval(days => 30 * g - v)
     from bench_couples c cross join generate_series(1, ${p.agreements}) g
       cross join generate_series(1, ${p.versions}) v`,
    `insert into agreement_events (agreement_id, couple_id, seq, author_id, kind, version, created_at)
     select ${seedUuid("c.couple_id::text || 'agreement' || g")}, c.couple_id, 2 * v - 1 + e,
       case when (v + e) % 2 = 1 then c.a else c.b end, (array['proposed','accepted'])[e + 1], v,
       now() - make_interval(days => 30 * g - v, hours => -e)
     from bench_couples c cross join generate_series(1, ${p.agreements}) g
       cross join generate_series(1, ${p.versions}) v cross join generate_series(0, 1) e`,
    `insert into journal_entries (author_id, body, emotions, created_at, updated_at)
     select case when g % 2 = 0 then c.a else c.b end, 'Today I noticed how tired we both were.',
       array['calm'], now() - make_interval(hours => 40 * g), now() - make_interval(hours => 40 * g)
     from bench_couples c cross join generate_series(1, ${p.journal}) g`,
    `insert into letters (couple_id, author_id, recipient_id, body, status, deliver_at, created_at, updated_at)
     select c.couple_id, case when g % 2 = 0 then c.a else c.b end, case when g % 2 = 0 then c.b else c.a end,
       'Dear you, I wanted to write this down.', 'sent', now() - make_interval(days => 11 * g),
       now() - make_interval(days => 11 * g), now() - make_interval(days => 11 * g)
     from bench_couples c cross join generate_series(1, ${p.letters}) g`,
    `insert into conversations (id, couple_id, started_by, own_question, speaker_id, listener_id, phase,
       round, version, ended_by, ended_at, created_at, updated_at)
     select ${seedUuid("c.couple_id::text || 'talk' || g")}, c.couple_id, c.a, 'What helped this week?',
       c.a, c.b, 'speak', ${Math.floor(p.turns / 3) + 1}, ${p.turns + 1}, c.a,
       now() - make_interval(days => 18 * g - 1), now() - make_interval(days => 18 * g),
       now() - make_interval(days => 18 * g - 1)
     from bench_couples c cross join generate_series(1, ${p.talks}) g`,
    `insert into conversation_turns (conversation_id, couple_id, author_id, round, kind, body, created_at)
     select ${seedUuid("c.couple_id::text || 'talk' || g")}, c.couple_id,
       case when ((t - 1) / 3 + (t - 1) % 3 % 2) % 2 = 0 then c.a else c.b end,
       (t - 1) / 3 + 1, (array['answer','reflection','confirm'])[(t - 1) % 3 + 1],
       case when (t - 1) % 3 = 2 then '' else 'What I heard is that it mattered.' end,
       now() - make_interval(days => 18 * g, mins => -t)
     from bench_couples c cross join generate_series(1, ${p.talks}) g
       cross join generate_series(1, ${p.turns}) t`,
  ];
}

/** Rows `p` writes per couple, check-in rollups left out (the trigger keeps them). */
export function rowsPerCouple(p: Profile): number {
  const notices = p.steps >= 3 ? Math.floor(p.promises / 5) : 0;
  return (
    2 * p.days +
    2 * p.weeks +
    p.promises * (1 + p.steps) -
    notices +
    p.agreements * (1 + 3 * p.versions) +
    p.journal +
    p.letters +
    p.talks * (1 + p.turns)
  );
}

/** Creates `count` couples (two people and two memberships each) and fills them, in batches. */
export async function seedCouples(
  client: pg.Client,
  options: { count: number; profile: Profile; batch: number; log: (line: string) => void },
): Promise<void> {
  const { count, profile, batch } = options;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    await client.query('begin');
    await client.query(`create temp table bench_couples on commit drop as
      select ${seedUuid("'couple' || n")} as couple_id, ${seedUuid("'a' || n")} as a, ${seedUuid("'b' || n")} as b, n
      from generate_series(${from}, ${to}) n`);
    await client.query(`insert into people (id, email, display_name, password_hash, created_at)
      select p.id, 'seed-' || c.n || '-' || p.k || '@example.test', 'Seed ' || p.k, 'not a password hash',
        now() - interval '1 year'
      from bench_couples c cross join lateral (values (c.a, 'a'), (c.b, 'b')) p(id, k)`);
    await client.query(`insert into couples (id, created_by, created_at)
      select couple_id, a, now() - interval '1 year' from bench_couples`);
    await client.query(`insert into memberships (couple_id, person_id, joined_at)
      select c.couple_id, p.id, now() - interval '1 year'
      from bench_couples c cross join lateral (values (c.a), (c.b)) p(id)`);
    await withRollupsAfter(client, () => runAll(client, profileSql(profile)));
    await client.query('commit');
    options.log(
      `seeded couples ${from}-${to} of ${count} (${new Date().toISOString().slice(11, 19)})`,
    );
  }
}

/** Fills the couple the bench signs in as (made through the API) with `profile`. */
export async function seedOneCouple(
  client: SqlClient,
  ids: { coupleId: string; a: string; b: string },
  profile: Profile,
): Promise<void> {
  await client.query('begin');
  await client.query(
    `create temp table bench_couples on commit drop as
     select $1::uuid as couple_id, $2::uuid as a, $3::uuid as b, 0 as n`,
    [ids.coupleId, ids.a, ids.b],
  );
  await runAll(client, profileSql(profile));
  await client.query('commit');
}

async function runAll(client: SqlClient, statements: string[]) {
  for (const sql of statements) await client.query(sql);
}

/**
 * The check-in rollup trigger refreshes three weeks and three months for every row it sees; row
 * by row, in one statement of 60,000 rows, its plans were made for an empty table and the seed
 * slowed to minutes per thousand couples. So in bulk the trigger is off for the batch (inside its
 * transaction, nothing else sees it) and the same refresh functions run once per week and month
 * the batch touched, with fresh statistics: the rollups are what the trigger would have written.
 */
async function withRollupsAfter(client: pg.Client, fill: () => Promise<void>) {
  await client.query('alter table daily_checkins disable trigger daily_checkins_rollup');
  await fill();
  await client.query('alter table daily_checkins enable trigger daily_checkins_rollup');
  await client.query('analyze daily_checkins');
  const touched = `select distinct d.author_id, d.couple_id,
      date_trunc('week', d.day + o)::date as week, date_trunc('month', d.day + o)::date as month
    from daily_checkins d join bench_couples c on d.couple_id = c.couple_id,
      unnest(array[-1, 0, 1]) o`;
  await client.query(`select count(app_refresh_checkin_week(author_id, couple_id, week)::text)
    from (select distinct author_id, couple_id, week from (${touched}) t) w`);
  await client.query(`select count(app_refresh_checkin_month(author_id, couple_id, month)::text)
    from (select distinct author_id, couple_id, month from (${touched}) t) m`);
}
