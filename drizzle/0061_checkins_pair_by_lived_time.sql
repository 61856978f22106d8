-- Decision 064: a daily check-in answers for its author's own calendar day, and the couple pairs
-- two check-ins when those two days were lived at the same time (their spans overlap), wherever
-- each person is. So two people who both answered "today" see each other, even at UTC+14 and
-- UTC-11, and a check-in keeps the span of the day it was written in, across travel.
ALTER TABLE "daily_checkins" ADD COLUMN "day_starts_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "daily_checkins" ADD COLUMN "day_ends_at" timestamp with time zone;
--> statement-breakpoint
-- Did I check in, in this couple, on a day that overlaps this span? The mutual reveal asks this.
CREATE FUNCTION app_checked_in_during(p_couple uuid, p_starts timestamptz, p_ends timestamptz) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM daily_checkins WHERE author_id = app_user_id() AND couple_id = p_couple
                    AND day_starts_at < p_ends AND p_starts < day_ends_at)
$$;
--> statement-breakpoint
-- Has my partner a shared check-in overlapping this span that they let me know about? (Yes or no.)
CREATE FUNCTION app_partner_waiting_during(p_starts timestamptz, p_ends timestamptz) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM daily_checkins
                  WHERE author_id IN (SELECT app_partner_ids()) AND couple_id IN (SELECT app_my_couple_ids())
                    AND day_starts_at < p_ends AND p_starts < day_ends_at AND visibility = 'shared' AND show_waiting)
$$;
--> statement-breakpoint
-- The rollups' "revealed" rule, the same overlap instead of the same calendar date.
DO $$
DECLARE
  f text;
  body text;
BEGIN
  FOREACH f IN ARRAY ARRAY['app_refresh_checkin_week(uuid,uuid,date)', 'app_refresh_checkin_month(uuid,uuid,date)'] LOOP
    body := pg_get_functiondef(f::regprocedure);
    IF position('o.day = d.day' IN body) = 0 THEN
      RAISE EXCEPTION '% does not pair by o.day = d.day any more', f;
    END IF;
    EXECUTE replace(body, 'o.day = d.day', 'o.day_starts_at < d.day_ends_at AND d.day_starts_at < o.day_ends_at');
  END LOOP;
END $$;
--> statement-breakpoint
-- A partner's check-in of the day before or after may pair with this one: refresh those too.
CREATE OR REPLACE FUNCTION app_checkin_rollup() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT DISTINCT x.author_id, x.couple_id, date_trunc('week', x.day + o)::date AS week, date_trunc('month', x.day + o)::date AS month
      FROM (SELECT OLD.author_id, OLD.couple_id, OLD.day WHERE TG_OP IN ('UPDATE', 'DELETE')
            UNION ALL SELECT NEW.author_id, NEW.couple_id, NEW.day WHERE TG_OP IN ('INSERT', 'UPDATE')) x(author_id, couple_id, day),
           unnest(ARRAY[-1, 0, 1]) o
  LOOP
    PERFORM app_refresh_checkin_week(r.author_id, r.couple_id, r.week);
    PERFORM app_refresh_checkin_month(r.author_id, r.couple_id, r.month);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A row written without its span (an older client of the table, a seed script) gets its day
-- in its author's time zone, the same as the backfill below.
CREATE FUNCTION app_checkin_span() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.day_starts_at IS NULL OR NEW.day_ends_at IS NULL THEN
    SELECT NEW.day::timestamp AT TIME ZONE p.time_zone, (NEW.day + 1)::timestamp AT TIME ZONE p.time_zone
      INTO NEW.day_starts_at, NEW.day_ends_at
      FROM people p WHERE p.id = NEW.author_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER daily_checkins_span BEFORE INSERT ON daily_checkins FOR EACH ROW EXECUTE FUNCTION app_checkin_span();
--> statement-breakpoint
-- Existing check-ins keep every answer; their span is their day in their author's time zone.
-- The owner may not be a superuser, so RLS is lifted for this one update and forced again.
ALTER TABLE "daily_checkins" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "people" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
UPDATE daily_checkins d
   SET day_starts_at = d.day::timestamp AT TIME ZONE p.time_zone,
       day_ends_at = (d.day + 1)::timestamp AT TIME ZONE p.time_zone
  FROM people p
 WHERE p.id = d.author_id;
--> statement-breakpoint
ALTER TABLE "people" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "daily_checkins" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "daily_checkins" ALTER COLUMN "day_starts_at" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "daily_checkins" ALTER COLUMN "day_ends_at" SET NOT NULL;
--> statement-breakpoint
CREATE INDEX "daily_checkins_couple_span_idx" ON "daily_checkins" ("couple_id", "day_starts_at");
--> statement-breakpoint
DROP POLICY author_or_revealed_read ON daily_checkins;
--> statement-breakpoint
CREATE POLICY author_or_revealed_read ON daily_checkins FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids())
             AND app_checked_in_during(couple_id, day_starts_at, day_ends_at)));
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_checked_in_during(uuid, timestamptz, timestamptz) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_partner_waiting_during(timestamptz, timestamptz) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_checkin_span() OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_checked_in_during(uuid, timestamptz, timestamptz), app_partner_waiting_during(timestamptz, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_checked_in_during(uuid, timestamptz, timestamptz), app_partner_waiting_during(timestamptz, timestamptz),
  app_checkin_span() TO kintsugi_app, kintsugi_system;
