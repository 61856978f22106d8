-- Each person marks the path for themselves (decision 011, revised): one row per (author,
-- couple, stage) with its own version, and each person's own history. The author's rows are
-- theirs alone: they go only when the author's account goes (people ON DELETE cascade); a
-- couple's removal never takes them (couple_id is set null, and then only the author sees them).
CREATE TABLE "path_marks" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "couple_id" uuid REFERENCES "couples"("id") ON DELETE set null,
  "stage" text NOT NULL CHECK ("stage" IN ('face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build')),
  "status" text NOT NULL CHECK ("status" IN ('not-yet', 'working', 'returning', 'steady')),
  "version" integer NOT NULL CHECK ("version" >= 1),
  -- True while the mark is the one the couple shared before marks were separate.
  "carried_over" boolean DEFAULT false NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "path_marks_author_couple_stage_idx" ON "path_marks" ("author_id", "couple_id", "stage");
--> statement-breakpoint
CREATE INDEX "path_marks_couple_idx" ON "path_marks" ("couple_id");
--> statement-breakpoint
CREATE TABLE "path_mark_changes" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "couple_id" uuid REFERENCES "couples"("id") ON DELETE set null,
  "stage" text NOT NULL CHECK ("stage" IN ('face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build')),
  "from_status" text NOT NULL CHECK ("from_status" IN ('not-yet', 'working', 'returning', 'steady')),
  "to_status" text NOT NULL CHECK ("to_status" IN ('not-yet', 'working', 'returning', 'steady')),
  "carried_over" boolean DEFAULT false NOT NULL,
  "changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "path_mark_changes_couple_time_idx" ON "path_mark_changes" ("couple_id", "changed_at");
--> statement-breakpoint
CREATE INDEX "path_mark_changes_author_time_idx" ON "path_mark_changes" ("author_id", "changed_at");
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['path_marks', 'path_mark_changes']::regclass[]) AS t;
--> statement-breakpoint
-- The author sees their own; the partner sees them as shared with the couple (also as history
-- after one leaves). Only the author, a current member, writes them.
CREATE POLICY author_or_member_read ON path_marks FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id() OR couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_insert ON path_marks FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_update ON path_marks FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()))
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_or_member_read ON path_mark_changes FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id() OR couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_insert ON path_mark_changes FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- The old shared marks, copied honestly to everyone who was in the space: each keeps the date it
-- was made and says it was marked for both before marks were separate.
INSERT INTO path_marks (author_id, couple_id, stage, status, version, carried_over, updated_at)
SELECT DISTINCT ON (m.person_id, s.couple_id, s.stage) m.person_id, s.couple_id, s.stage, s.status, 1, true, s.updated_at
FROM path_stages s JOIN memberships m ON m.couple_id = s.couple_id
ORDER BY m.person_id, s.couple_id, s.stage;
--> statement-breakpoint
INSERT INTO path_mark_changes (author_id, couple_id, stage, from_status, to_status, carried_over, changed_at)
SELECT p.person_id, c.couple_id, c.stage, c.from_status, c.to_status, true, c.changed_at
FROM path_stage_changes c
JOIN (SELECT DISTINCT couple_id, person_id FROM memberships) p ON p.couple_id = c.couple_id;
--> statement-breakpoint
DROP TABLE "path_stage_changes";
--> statement-breakpoint
DROP TABLE "path_stages";
--> statement-breakpoint
-- The suggested focus's inputs, now with each person's own marks: mine, and my current
-- partner's (shared with the couple by nature). Same filters as before for everything else.
CREATE OR REPLACE FUNCTION app_focus_inputs() RETURNS jsonb LANGUAGE sql STABLE AS $$
  WITH visible AS (
    SELECT author_id, pattern, level, taken_at FROM reflection_patterns
    WHERE author_id = app_user_id()
       OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids()) AND author_id IN (SELECT app_partner_ids()))
  ), latest AS (
    SELECT DISTINCT ON (author_id, pattern) author_id, pattern, level FROM visible
    ORDER BY author_id, pattern, taken_at DESC
  )
  SELECT jsonb_build_object(
    'levels', coalesce((SELECT jsonb_agg(jsonb_build_object('mine', author_id = app_user_id(), 'pattern', pattern, 'level', level)) FROM latest), '[]'::jsonb),
    'stances', coalesce((SELECT jsonb_agg(jsonb_build_object('mine', author_id = app_user_id(), 'stance', stance)) FROM reflection_stances
        WHERE author_id = app_user_id()
           OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids()) AND author_id IN (SELECT app_partner_ids()))), '[]'::jsonb),
    'statuses', coalesce((SELECT jsonb_object_agg(stage, status) FROM path_marks
        WHERE author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())), '{}'::jsonb),
    'partnerStatuses', coalesce((SELECT jsonb_object_agg(stage, status) FROM path_marks
        WHERE author_id IN (SELECT app_partner_ids()) AND couple_id IN (SELECT app_my_couple_ids())), '{}'::jsonb),
    'partner', (SELECT display_name FROM people WHERE id IN (SELECT app_partner_ids()) LIMIT 1)
  )
$$;
