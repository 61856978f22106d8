-- Check-ins: one daily check-in per person per local day, with a mutual reveal; the weekly
-- check-in of a couple, revealed when both have answered; replies; the couple's check-in day;
-- and weekly rollups the healing timeline reads (kept by a trigger).
CREATE TABLE "daily_checkins" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid REFERENCES "couples"("id") ON DELETE set null,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "day" date NOT NULL,
  "emotions" text[] DEFAULT '{}' NOT NULL,
  "safety" smallint NOT NULL CHECK ("safety" BETWEEN 0 AND 10),
  "trust" smallint NOT NULL CHECK ("trust" BETWEEN 0 AND 10),
  "connection" smallint NOT NULL CHECK ("connection" BETWEEN 0 AND 10),
  "need" text,
  "note" text,
  "visibility" text DEFAULT 'private' NOT NULL CHECK ("visibility" IN ('private', 'shared')),
  "show_waiting" boolean DEFAULT false NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CHECK ("visibility" = 'private' OR "couple_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "daily_checkins_author_day_key" ON "daily_checkins" ("author_id", "day");
--> statement-breakpoint
CREATE INDEX "daily_checkins_couple_author_day_idx" ON "daily_checkins" ("couple_id", "author_id", "day");
--> statement-breakpoint
CREATE TABLE "checkin_weeks" (
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "couple_id" uuid REFERENCES "couples"("id") ON DELETE cascade,
  "scope" text NOT NULL CHECK ("scope" IN ('own', 'revealed')),
  "week" date NOT NULL,
  "days" smallint NOT NULL,
  "safety_sum" integer NOT NULL,
  "trust_sum" integer NOT NULL,
  "connection_sum" integer NOT NULL,
  "emotions" jsonb DEFAULT '{}'::jsonb NOT NULL,
  CHECK (("scope" = 'own') = ("couple_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_weeks_own_key" ON "checkin_weeks" ("person_id", "week") WHERE scope = 'own';
--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_weeks_revealed_key" ON "checkin_weeks" ("couple_id", "person_id", "week") WHERE scope = 'revealed';
--> statement-breakpoint
CREATE TABLE "checkin_settings" (
  "couple_id" uuid PRIMARY KEY NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "weekday" smallint DEFAULT 0 NOT NULL CHECK ("weekday" BETWEEN 0 AND 6),
  "version" integer DEFAULT 1 NOT NULL,
  "updated_by" uuid REFERENCES "people"("id") ON DELETE set null,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weekly_checkins" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "week_start" date NOT NULL,
  "appreciated" text DEFAULT '' NOT NULL,
  "hard" text DEFAULT '' NOT NULL,
  "need" text DEFAULT '' NOT NULL,
  "agreements" text DEFAULT '' NOT NULL,
  "together" text DEFAULT '' NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "weekly_checkins_couple_author_week_key" ON "weekly_checkins" ("couple_id", "author_id", "week_start");
--> statement-breakpoint
CREATE TABLE "weekly_checkin_replies" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "answer_id" uuid NOT NULL REFERENCES "weekly_checkins"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "item" text NOT NULL CHECK ("item" IN ('appreciated', 'hard', 'need', 'agreements', 'together')),
  "body" text NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "weekly_checkin_replies_key" ON "weekly_checkin_replies" ("answer_id", "author_id", "item");
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['daily_checkins', 'checkin_weeks', 'checkin_settings', 'weekly_checkins', 'weekly_checkin_replies']::regclass[]) AS t;
--> statement-breakpoint
-- Did I check in, in this couple, on this (calendar) day? The mutual reveal asks this.
CREATE FUNCTION app_checked_in(p_couple uuid, p_day date) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM daily_checkins WHERE author_id = app_user_id() AND couple_id = p_couple AND day = p_day)
$$;
--> statement-breakpoint
-- Has my partner a shared check-in for this day that they allow me to know about? (Only a yes or no.)
CREATE FUNCTION app_partner_waiting(p_day date) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM daily_checkins
                  WHERE author_id IN (SELECT app_partner_ids()) AND couple_id IN (SELECT app_my_couple_ids())
                    AND day = p_day AND visibility = 'shared' AND show_waiting)
$$;
--> statement-breakpoint
-- Did I answer the weekly check-in of this couple for this week?
CREATE FUNCTION app_weekly_answered(p_couple uuid, p_week date) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM weekly_checkins WHERE author_id = app_user_id() AND couple_id = p_couple AND week_start = p_week)
$$;
--> statement-breakpoint
-- Recomputes one week's rollups: the author's own, and the revealed ones of everyone in the couple.
CREATE FUNCTION app_refresh_checkin_week(p_person uuid, p_couple uuid, p_week date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM checkin_weeks WHERE person_id = p_person AND scope = 'own' AND week = p_week;
  INSERT INTO checkin_weeks (person_id, couple_id, scope, week, days, safety_sum, trust_sum, connection_sum, emotions)
  SELECT p_person, NULL, 'own', p_week, count(*), sum(d.safety), sum(d.trust), sum(d.connection),
         coalesce((SELECT jsonb_object_agg(e.emotion, e.n) FROM (
                     SELECT x.emotion, count(*) AS n FROM daily_checkins c, unnest(c.emotions) AS x(emotion)
                      WHERE c.author_id = p_person AND c.day >= p_week AND c.day < p_week + 7 GROUP BY x.emotion) e), '{}'::jsonb)
    FROM daily_checkins d
   WHERE d.author_id = p_person AND d.day >= p_week AND d.day < p_week + 7
  HAVING count(*) > 0;
  IF p_couple IS NULL THEN
    RETURN;
  END IF;
  DELETE FROM checkin_weeks WHERE couple_id = p_couple AND scope = 'revealed' AND week = p_week;
  WITH r AS (
    SELECT d.* FROM daily_checkins d
     WHERE d.couple_id = p_couple AND d.day >= p_week AND d.day < p_week + 7 AND d.visibility = 'shared'
       AND EXISTS (SELECT 1 FROM daily_checkins o WHERE o.couple_id = p_couple AND o.day = d.day AND o.author_id <> d.author_id)
  ), e AS (
    SELECT author_id, jsonb_object_agg(emotion, n) AS emotions FROM (
      SELECT r.author_id, x.emotion, count(*) AS n FROM r, unnest(r.emotions) AS x(emotion) GROUP BY 1, 2) c
     GROUP BY author_id
  )
  INSERT INTO checkin_weeks (person_id, couple_id, scope, week, days, safety_sum, trust_sum, connection_sum, emotions)
  SELECT r.author_id, p_couple, 'revealed', p_week, count(*), sum(r.safety), sum(r.trust), sum(r.connection),
         coalesce(e.emotions, '{}'::jsonb)
    FROM r LEFT JOIN e ON e.author_id = r.author_id
   GROUP BY r.author_id, e.emotions;
END $$;
--> statement-breakpoint
CREATE FUNCTION app_checkin_rollup() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM app_refresh_checkin_week(OLD.author_id, OLD.couple_id, date_trunc('week', OLD.day)::date);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM app_refresh_checkin_week(NEW.author_id, NEW.couple_id, date_trunc('week', NEW.day)::date);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER daily_checkins_rollup AFTER INSERT OR UPDATE OR DELETE ON daily_checkins
  FOR EACH ROW EXECUTE FUNCTION app_checkin_rollup();
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_checked_in(uuid, date) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_partner_waiting(date) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_weekly_answered(uuid, date) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_refresh_checkin_week(uuid, uuid, date) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_checkin_rollup() OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_checked_in(uuid, date), app_partner_waiting(date), app_weekly_answered(uuid, date),
  app_refresh_checkin_week(uuid, uuid, date), app_checkin_rollup() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_checked_in(uuid, date), app_partner_waiting(date), app_weekly_answered(uuid, date),
  app_checkin_rollup() TO kintsugi_app, kintsugi_system;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_refresh_checkin_week(uuid, uuid, date) TO kintsugi_system;
--> statement-breakpoint
-- Daily: mine always; my partner's only when shared, in our couple, and I checked in that day too.
CREATE POLICY author_or_revealed_read ON daily_checkins FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids()) AND app_checked_in(couple_id, day)));
--> statement-breakpoint
CREATE POLICY author_insert ON daily_checkins FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_update ON daily_checkins FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id())
  WITH CHECK (author_id = app_user_id() AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_delete ON daily_checkins FOR DELETE TO kintsugi_app USING (author_id = app_user_id());
--> statement-breakpoint
-- Rollups are written by the trigger only; read: mine, and my partner's revealed ones.
CREATE POLICY own_or_partner_revealed_read ON checkin_weeks FOR SELECT TO kintsugi_app
  USING ((scope = 'own' AND person_id = app_user_id())
         OR (scope = 'revealed' AND couple_id IN (SELECT app_my_couple_ids()) AND person_id IN (SELECT app_partner_ids())));
--> statement-breakpoint
CREATE POLICY member_all ON checkin_settings FOR ALL TO kintsugi_app
  USING (couple_id IN (SELECT app_my_couple_ids()))
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Weekly: mine always; my partner's once I have answered the same week in the same couple.
CREATE POLICY author_or_answered_read ON weekly_checkins FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (couple_id IN (SELECT app_my_couple_ids()) AND app_weekly_answered(couple_id, week_start)));
--> statement-breakpoint
CREATE POLICY author_insert ON weekly_checkins FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_update ON weekly_checkins FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id()) WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Replies: to an answer I can see (so only after the reveal), as myself, in my couple.
CREATE POLICY author_or_member_read ON weekly_checkin_replies FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (couple_id IN (SELECT app_my_couple_ids()) AND answer_id IN (SELECT id FROM weekly_checkins)));
--> statement-breakpoint
CREATE POLICY author_insert ON weekly_checkin_replies FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND answer_id IN (SELECT id FROM weekly_checkins WHERE author_id <> app_user_id()));
--> statement-breakpoint
CREATE POLICY author_update ON weekly_checkin_replies FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id())
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND answer_id IN (SELECT id FROM weekly_checkins WHERE author_id <> app_user_id()));
