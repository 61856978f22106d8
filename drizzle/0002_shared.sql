-- Tables several features write to: timeline events, time apart, solo mode.
CREATE TABLE "timeline_events" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "visibility" text DEFAULT 'shared' NOT NULL CHECK ("visibility" IN ('private', 'shared')),
  "kind" text NOT NULL,
  "ref_id" uuid,
  "label" text NOT NULL,
  "occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "timeline_events_couple_time_idx" ON "timeline_events" ("couple_id", "occurred_at");
--> statement-breakpoint
CREATE TABLE "space_pauses" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "started_by" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "started_at" timestamp with time zone DEFAULT now() NOT NULL,
  "ends_at" timestamp with time zone,
  "ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "space_pauses_one_open" ON "space_pauses" ("couple_id") WHERE ended_at is null;
--> statement-breakpoint
CREATE TABLE "solo_modes" (
  "person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['timeline_events', 'space_pauses', 'solo_modes']::regclass[]) AS t;
--> statement-breakpoint
-- The pattern for authored, couple-scoped rows: mine always; my partner's when shared and we
-- are still a couple; writes only as myself, into my own couple.
CREATE POLICY author_or_shared_read ON timeline_events FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_write ON timeline_events FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_change ON timeline_events FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id()) WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_delete ON timeline_events FOR DELETE TO kintsugi_app USING (author_id = app_user_id());
--> statement-breakpoint
CREATE POLICY member_all ON space_pauses FOR ALL TO kintsugi_app
  USING (couple_id IN (SELECT app_my_couple_ids()))
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY own_only ON solo_modes FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- Whether I may add shared things to this couple now: no time apart is on, and I'm not in solo mode.
CREATE FUNCTION app_sharing_open(p_couple uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT NOT EXISTS (SELECT 1 FROM space_pauses WHERE couple_id = p_couple AND ended_at IS NULL
                       AND (ends_at IS NULL OR ends_at > now()))
     AND NOT EXISTS (SELECT 1 FROM solo_modes WHERE person_id = app_user_id())
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_sharing_open(uuid) TO kintsugi_app, kintsugi_system;
