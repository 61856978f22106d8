-- Decision 173: the check-in rollups (checkin_weeks, checkin_months) kept right when the two
-- partners, or one person on two devices, write at the same moment; and not rebuilt when a
-- change touches nothing they count.
--
-- 1. Each refresh deletes a week's (a month's) rollup rows and inserts them anew. Two
--    transactions refreshing the same couple's "revealed" rows at once (Ada and Ben checking in
--    together) each deleted what their snapshot saw and inserted their own: the second insert
--    met the first's committed row and failed with a unique violation, so the check-in answered
--    500 (147 of 447 writes in the bench). Now the trigger first takes a transaction advisory
--    lock on each person and then each couple whose rollups it refreshes, always in that order
--    (people, then couples, each sorted): the second writer waits for the first to commit, and
--    its refresh, run afterwards with a fresh snapshot (READ COMMITTED, a volatile function),
--    counts both check-ins. The lock is held to the end of the transaction, like a row lock.
-- 2. An update that changes nothing the rollups count (the note, the need, whether the partner
--    may know one is waiting, the time of the change) no longer rebuilds three weeks and three
--    months: the update trigger fires only when a counted column changed. Inserts and deletes
--    always refresh, as before.
-- 3. A day's neighbours share their week and month most days: each week and each month is
--    refreshed once, not once per (week, month) pair.
CREATE OR REPLACE FUNCTION app_checkin_rollup() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  r record;
BEGIN
  -- Serialize refreshes of the same rollups: people first, then couples, each in one order.
  FOR r IN
    SELECT k.kind, k.id
      FROM (SELECT 1 AS kind, OLD.author_id AS id WHERE TG_OP IN ('UPDATE', 'DELETE')
            UNION SELECT 1, NEW.author_id WHERE TG_OP IN ('INSERT', 'UPDATE')
            UNION SELECT 2, OLD.couple_id WHERE TG_OP IN ('UPDATE', 'DELETE') AND OLD.couple_id IS NOT NULL
            UNION SELECT 2, NEW.couple_id WHERE TG_OP IN ('INSERT', 'UPDATE') AND NEW.couple_id IS NOT NULL) k
     ORDER BY k.kind, k.id
  LOOP
    PERFORM pg_advisory_xact_lock(7261113 + r.kind, hashtext(r.id::text));
  END LOOP;
  -- A partner's check-in of the day before or after may pair with this one: refresh those too.
  FOR r IN
    SELECT DISTINCT x.author_id, x.couple_id, date_trunc('week', x.day + o)::date AS week
      FROM (SELECT OLD.author_id, OLD.couple_id, OLD.day WHERE TG_OP IN ('UPDATE', 'DELETE')
            UNION ALL SELECT NEW.author_id, NEW.couple_id, NEW.day WHERE TG_OP IN ('INSERT', 'UPDATE')) x(author_id, couple_id, day),
           unnest(ARRAY[-1, 0, 1]) o
  LOOP
    PERFORM app_refresh_checkin_week(r.author_id, r.couple_id, r.week);
  END LOOP;
  FOR r IN
    SELECT DISTINCT x.author_id, x.couple_id, date_trunc('month', x.day + o)::date AS month
      FROM (SELECT OLD.author_id, OLD.couple_id, OLD.day WHERE TG_OP IN ('UPDATE', 'DELETE')
            UNION ALL SELECT NEW.author_id, NEW.couple_id, NEW.day WHERE TG_OP IN ('INSERT', 'UPDATE')) x(author_id, couple_id, day),
           unnest(ARRAY[-1, 0, 1]) o
  LOOP
    PERFORM app_refresh_checkin_month(r.author_id, r.couple_id, r.month);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER daily_checkins_rollup ON daily_checkins;
--> statement-breakpoint
CREATE TRIGGER daily_checkins_rollup AFTER INSERT OR DELETE ON daily_checkins
  FOR EACH ROW EXECUTE FUNCTION app_checkin_rollup();
--> statement-breakpoint
-- Every column a rollup reads: whose, which space, which day and its span (the pairing), whether
-- shared, and the three answers and the feelings.
CREATE TRIGGER daily_checkins_rollup_update AFTER UPDATE ON daily_checkins
  FOR EACH ROW
  WHEN ((OLD.author_id, OLD.couple_id, OLD.day, OLD.day_starts_at, OLD.day_ends_at, OLD.visibility,
         OLD.safety, OLD.trust, OLD.connection, OLD.emotions)
        IS DISTINCT FROM
        (NEW.author_id, NEW.couple_id, NEW.day, NEW.day_starts_at, NEW.day_ends_at, NEW.visibility,
         NEW.safety, NEW.trust, NEW.connection, NEW.emotions))
  EXECUTE FUNCTION app_checkin_rollup();
