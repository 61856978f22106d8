-- Monthly rollups beside the weekly ones, so the all-time timeline reads about sixty rows per
-- person for five years instead of two hundred and sixty (bench/timeline.ts).
CREATE TABLE "checkin_months" (
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "couple_id" uuid REFERENCES "couples"("id") ON DELETE cascade,
  "scope" text NOT NULL CHECK ("scope" IN ('own', 'revealed')),
  "month" date NOT NULL,
  "days" smallint NOT NULL,
  "safety_sum" integer NOT NULL,
  "trust_sum" integer NOT NULL,
  "connection_sum" integer NOT NULL,
  "emotions" jsonb DEFAULT '{}'::jsonb NOT NULL,
  CHECK (("scope" = 'own') = ("couple_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_months_own_key" ON "checkin_months" ("person_id", "month") WHERE scope = 'own';
--> statement-breakpoint
CREATE UNIQUE INDEX "checkin_months_revealed_key" ON "checkin_months" ("couple_id", "person_id", "month") WHERE scope = 'revealed';
--> statement-breakpoint
SELECT app_secure_table('checkin_months');
--> statement-breakpoint
CREATE POLICY own_or_partner_revealed_read ON checkin_months FOR SELECT TO kintsugi_app
  USING ((scope = 'own' AND person_id = app_user_id())
         OR (scope = 'revealed' AND couple_id IN (SELECT app_my_couple_ids()) AND person_id IN (SELECT app_partner_ids())));
--> statement-breakpoint
CREATE FUNCTION app_refresh_checkin_month(p_person uuid, p_couple uuid, p_month date) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  p_end date := (p_month + interval '1 month')::date;
BEGIN
  DELETE FROM checkin_months WHERE person_id = p_person AND scope = 'own' AND month = p_month;
  INSERT INTO checkin_months (person_id, couple_id, scope, month, days, safety_sum, trust_sum, connection_sum, emotions)
  SELECT p_person, NULL, 'own', p_month, count(*), sum(d.safety), sum(d.trust), sum(d.connection),
         coalesce((SELECT jsonb_object_agg(e.emotion, e.n) FROM (
                     SELECT x.emotion, count(*) AS n FROM daily_checkins c, unnest(c.emotions) AS x(emotion)
                      WHERE c.author_id = p_person AND c.day >= p_month AND c.day < p_end GROUP BY x.emotion) e), '{}'::jsonb)
    FROM daily_checkins d
   WHERE d.author_id = p_person AND d.day >= p_month AND d.day < p_end
  HAVING count(*) > 0;
  IF p_couple IS NULL THEN
    RETURN;
  END IF;
  DELETE FROM checkin_months WHERE couple_id = p_couple AND scope = 'revealed' AND month = p_month;
  WITH r AS (
    SELECT d.* FROM daily_checkins d
     WHERE d.couple_id = p_couple AND d.day >= p_month AND d.day < p_end AND d.visibility = 'shared'
       AND EXISTS (SELECT 1 FROM daily_checkins o WHERE o.couple_id = p_couple AND o.day = d.day AND o.author_id <> d.author_id)
  ), e AS (
    SELECT author_id, jsonb_object_agg(emotion, n) AS emotions FROM (
      SELECT r.author_id, x.emotion, count(*) AS n FROM r, unnest(r.emotions) AS x(emotion) GROUP BY 1, 2) c
     GROUP BY author_id
  )
  INSERT INTO checkin_months (person_id, couple_id, scope, month, days, safety_sum, trust_sum, connection_sum, emotions)
  SELECT r.author_id, p_couple, 'revealed', p_month, count(*), sum(r.safety), sum(r.trust), sum(r.connection),
         coalesce(e.emotions, '{}'::jsonb)
    FROM r LEFT JOIN e ON e.author_id = r.author_id
   GROUP BY r.author_id, e.emotions;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_checkin_rollup() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM app_refresh_checkin_week(OLD.author_id, OLD.couple_id, date_trunc('week', OLD.day)::date);
    PERFORM app_refresh_checkin_month(OLD.author_id, OLD.couple_id, date_trunc('month', OLD.day)::date);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM app_refresh_checkin_week(NEW.author_id, NEW.couple_id, date_trunc('week', NEW.day)::date);
    PERFORM app_refresh_checkin_month(NEW.author_id, NEW.couple_id, date_trunc('month', NEW.day)::date);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_refresh_checkin_month(uuid, uuid, date) OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_refresh_checkin_month(uuid, uuid, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_refresh_checkin_month(uuid, uuid, date) TO kintsugi_system;
