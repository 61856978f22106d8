-- A couple after a year, beside many other couples, seeded in SQL (decision 111).
-- Run as the owner or a superuser on a migrated database: psql -v others=10000 -f bench/seed-year.sql
-- Couple 0 is "a year": 365 daily check-ins each, 52 weekly answers each, 40 promises with
-- steps, 10 agreements with versions and steps, 30 letters, 20 conversations, 10 ownership
-- statements, 120 timeline marks, path marks and 60 changes, 365 small-act days. Every other
-- couple has a month of the same (30 check-ins each, 4 weeks, 4 promises, 2 agreements...).
-- People are p<i>a@example.test and p<i>b@example.test; ids are md5-derived so runs repeat, with
-- the version and variant digits of a v4 UUID so the API's answer schemas take them.
\set ON_ERROR_STOP on
begin;
-- An md5-derived id with a v4 UUID's version and variant digits.
create function pg_temp.seed_uuid(seed text) returns uuid language sql immutable
  as $$ select overlay(overlay(md5(seed) placing '4' from 13) placing '8' from 17)::uuid $$;
create temp table seed_couples as
  select c, pg_temp.seed_uuid('couple' || c) as couple_id, pg_temp.seed_uuid('person-a' || c) as a, pg_temp.seed_uuid('person-b' || c) as b,
         case when c = 0 then 1 else 0 end as year
    from generate_series(0, :others) c;

insert into people (id, email, display_name, password_hash, time_zone, created_at)
  select a, 'p' || c || 'a@example.test', 'A' || c, 'x', 'Europe/Berlin', now() - interval '400 days' from seed_couples
  union all
  select b, 'p' || c || 'b@example.test', 'B' || c, 'x', 'America/New_York', now() - interval '400 days' from seed_couples;
insert into couples (id, created_by, created_at) select couple_id, a, now() - interval '370 days' from seed_couples;
insert into memberships (couple_id, person_id, joined_at)
  select couple_id, a, now() - interval '370 days' from seed_couples
  union all select couple_id, b, now() - interval '369 days' from seed_couples;
insert into checkin_settings (couple_id, weekday) select couple_id, 1 from seed_couples;

-- Daily check-ins: a year for couple 0, a month for the others; mostly shared. The per-row
-- triggers are skipped (each row would refresh six rollups); the span is written here and the
-- weekly and monthly rollups are refreshed once each below.
set session_replication_role = replica;
insert into daily_checkins (couple_id, author_id, day, emotions, safety, trust, connection, visibility, show_waiting, day_starts_at, day_ends_at)
  select s.couple_id, who.id, current_date - d, array['calm', 'hopeful'], (d % 11), ((d + 3) % 11), ((d + 5) % 11),
         case when d % 7 = 0 then 'private' else 'shared' end, true,
         (current_date - d)::timestamp at time zone who.tz, (current_date - d + 1)::timestamp at time zone who.tz
    from seed_couples s
    cross join lateral (values (s.a, 'Europe/Berlin'), (s.b, 'America/New_York')) who(id, tz)
    cross join lateral generate_series(1, case when s.year = 1 then 365 else 30 end) d;
set session_replication_role = origin;
select count(app_refresh_checkin_week(author_id, couple_id, week)) as weeks_refreshed
  from (select distinct author_id, couple_id, date_trunc('week', day)::date as week from daily_checkins) x;
select count(app_refresh_checkin_month(author_id, couple_id, month)) as months_refreshed
  from (select distinct author_id, couple_id, date_trunc('month', day)::date as month from daily_checkins) x;

insert into weekly_checkins (couple_id, author_id, week_start, appreciated, hard, need)
  select s.couple_id, who.id, date_trunc('week', current_date)::date - 7 * w + 0, 'You listened', 'Sunday', 'A walk'
    from seed_couples s
    cross join lateral (values (s.a), (s.b)) who(id)
    cross join lateral generate_series(1, case when s.year = 1 then 52 else 4 end) w;

-- Promises: made, then kept / missed / renegotiated / still open.
create temp table seed_promises as
  select s.couple_id, case when i % 2 = 0 then s.a else s.b end as author, s.a, s.b, i,
         pg_temp.seed_uuid('promise' || s.c || '-' || i) as id, now() - (i * interval '8 days') as made_at,
         case when i % 3 = 0 then 'private' else 'shared' end as visibility
    from seed_couples s cross join lateral generate_series(1, case when s.year = 1 then 40 else 4 end) i;
insert into promises (id, couple_id, author_id, visibility, created_at)
  select id, couple_id, author, visibility, made_at from seed_promises;
insert into promise_events (promise_id, couple_id, seq, author_id, visibility, kind, text, due_at, created_at)
  select id, couple_id, 1, author, visibility, 'made', 'Call when I am late', made_at + interval '3 days', made_at from seed_promises;
insert into promise_events (promise_id, couple_id, seq, author_id, visibility, kind, note, created_at)
  select id, couple_id, 2, author, visibility, case i % 4 when 0 then 'kept' when 1 then 'missed' when 2 then 'kept' else 'renegotiated' end,
         null, made_at + interval '2 days'
    from seed_promises where i > 2;
insert into promise_events (promise_id, couple_id, seq, author_id, visibility, kind, created_at)
  select id, couple_id, 3, case when author = a then b else a end, visibility, 'noticed', made_at + interval '4 days'
    from seed_promises where i > 2 and i % 4 in (0, 2) and visibility = 'shared';

-- Agreements with two versions and their steps.
create temp table seed_agreements as
  -- A version-4 shaped id: the agreements API checks ids as UUIDs, and a bare md5 is not one.
  select s.couple_id, s.a, s.b, i,
         pg_temp.seed_uuid('agreement' || s.c || '-' || i) as id,
         now() - (i * interval '30 days') as at
    from seed_couples s cross join lateral generate_series(1, case when s.year = 1 then 10 else 2 end) i;
insert into agreements (id, couple_id, created_by, created_at) select id, couple_id, a, at from seed_agreements;
insert into agreement_versions (agreement_id, couple_id, number, author_id, title, daily_life, why_safe, review_on, created_at)
  select id, couple_id, v, case when v = 1 then a else b end, 'Phones at dinner', 'Phones stay in the hall', 'We look at each other',
         (at + interval '60 days')::date, at + (v - 1) * interval '2 days'
    from seed_agreements cross join generate_series(1, 2) v;
insert into agreement_events (agreement_id, couple_id, seq, author_id, kind, version, created_at)
  select id, couple_id, e.seq, e.who, e.kind, e.version, at + e.seq * interval '1 day'
    from seed_agreements
    cross join lateral (values (1, a, 'proposed', 1), (2, b, 'accepted', 1), (3, b, 'proposed', 2), (4, a, 'accepted', 2)) e(seq, who, kind, version)
   where e.seq <= case when i % 3 = 0 then 3 else 4 end;

-- Letters both ways, most read.
insert into letters (couple_id, author_id, recipient_id, body, status, deliver_at, created_at, updated_at)
  select s.couple_id, case when i % 2 = 0 then s.a else s.b end, case when i % 2 = 0 then s.b else s.a end,
         'Dear you', 'sent', now() - i * interval '12 days', now() - i * interval '12 days', now() - i * interval '12 days'
    from seed_couples s cross join lateral generate_series(1, case when s.year = 1 then 30 else 3 end) i;
insert into letter_reads (letter_id, person_id, read_at)
  select l.id, l.recipient_id, l.deliver_at + interval '1 hour' from letters l
   where l.body = 'Dear you' and extract(day from l.deliver_at)::int % 5 <> 0;

-- Conversations (turns are not part of these reads), ownership statements.
insert into conversations (couple_id, started_by, topic_id, speaker_id, listener_id, phase, round, created_at, updated_at, ended_at, ended_by)
  select s.couple_id, s.a, 'trust', case when i % 2 = 0 then s.a else s.b end, case when i % 2 = 0 then s.b else s.a end,
         'speak', 1, now() - i * interval '15 days', now() - i * interval '15 days' + interval '1 day',
         case when i > 2 then now() - i * interval '15 days' + interval '2 days' end, case when i > 2 then s.a end
    from seed_couples s cross join lateral generate_series(1, case when s.year = 1 then 20 else 2 end) i;
insert into ownership_statements (id, couple_id, author_id, recipient_id, created_at)
  select pg_temp.seed_uuid('statement' || s.c || '-' || i), s.couple_id, s.a, s.b, now() - i * interval '30 days'
    from seed_couples s cross join lateral generate_series(1, case when s.year = 1 then 10 else 1 end) i;
insert into ownership_versions (statement_id, couple_id, author_id, number, what_i_did, how_it_hurt, what_i_will_do, created_at)
  select id, couple_id, author_id, 1, 'I hid it', 'You felt alone', 'Tell you first', created_at from ownership_statements;
insert into ownership_answers (version_id, statement_id, couple_id, author_id, landed, missing, created_at)
  select v.id, v.statement_id, v.couple_id, s.recipient_id, 'Some', 'More', v.created_at + interval '1 day'
    from ownership_versions v join ownership_statements s on s.id = v.statement_id
   where extract(day from v.created_at)::int % 3 <> 0;

-- Timeline marks, path marks and their changes, small acts.
insert into timeline_events (couple_id, author_id, visibility, kind, label, occurred_at)
  select s.couple_id, case when i % 2 = 0 then s.a else s.b end, case when i % 5 = 0 then 'private' else 'shared' end,
         'letter.sent', 'A letter was delivered', now() - i * interval '3 days'
    from seed_couples s cross join lateral generate_series(1, case when s.year = 1 then 120 else 10 end) i;
insert into path_marks (author_id, couple_id, stage, status, version, updated_at)
  select who.id, s.couple_id, st, case when st in ('face', 'grieve') then 'steady' else 'working' end, 2, now() - interval '20 days'
    from seed_couples s cross join lateral (values (s.a), (s.b)) who(id)
    cross join unnest(array['face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build']) st;
insert into path_mark_changes (author_id, couple_id, stage, from_status, to_status, changed_at)
  select case when i % 2 = 0 then s.a else s.b end, s.couple_id,
         (array['face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build'])[1 + i % 7], 'not-yet', 'working',
         now() - i * interval '6 days'
    from seed_couples s cross join lateral generate_series(1, case when s.year = 1 then 60 else 5 end) i;
insert into small_act_marks (person_id, day, act_id, outcome)
  select who.id, current_date - d, 'face-1', case when d % 3 = 0 then 'skipped' else 'done' end
    from seed_couples s cross join lateral (values (s.a), (s.b)) who(id)
    cross join lateral generate_series(1, case when s.year = 1 then 365 else 20 end) d;
insert into safety_offers (person_id, settled_at) select a, now() - interval '300 days' from seed_couples;
commit;
analyze;
