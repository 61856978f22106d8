-- The couple's place on the path: each stage's current status (with a version for edits by
-- either partner), and every change kept with who made it and when.
CREATE TABLE "path_stages" (
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "stage" text NOT NULL CHECK ("stage" IN ('face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build')),
  "status" text NOT NULL CHECK ("status" IN ('not-yet', 'working', 'returning', 'steady')),
  "version" integer NOT NULL,
  "updated_by" uuid REFERENCES "people"("id") ON DELETE set null,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  PRIMARY KEY ("couple_id", "stage")
);
--> statement-breakpoint
CREATE TABLE "path_stage_changes" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "stage" text NOT NULL CHECK ("stage" IN ('face', 'grieve', 'understand', 'agree', 'talk', 'practise', 'build')),
  "from_status" text NOT NULL CHECK ("from_status" IN ('not-yet', 'working', 'returning', 'steady')),
  "to_status" text NOT NULL CHECK ("to_status" IN ('not-yet', 'working', 'returning', 'steady')),
  "changed_by" uuid REFERENCES "people"("id") ON DELETE set null,
  "changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "path_stage_changes_couple_time_idx" ON "path_stage_changes" ("couple_id", "changed_at");
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['path_stages', 'path_stage_changes']::regclass[]) AS t;
--> statement-breakpoint
-- Joint: both read it (also as history after one leaves); only current members change it.
CREATE POLICY member_read ON path_stages FOR SELECT TO kintsugi_app USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON path_stages FOR INSERT TO kintsugi_app
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids()) AND updated_by = app_user_id());
--> statement-breakpoint
CREATE POLICY member_update ON path_stages FOR UPDATE TO kintsugi_app
  USING (couple_id IN (SELECT app_my_couple_ids()))
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids()) AND updated_by = app_user_id());
--> statement-breakpoint
CREATE POLICY member_read ON path_stage_changes FOR SELECT TO kintsugi_app USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON path_stage_changes FOR INSERT TO kintsugi_app
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids()) AND changed_by = app_user_id());
