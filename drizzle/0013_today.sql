-- Today's small act, marked done or skipped: one row per person and local day, theirs only.
CREATE TABLE "small_act_marks" (
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "day" date NOT NULL,
  "act_id" text NOT NULL,
  "outcome" text NOT NULL CHECK ("outcome" IN ('done', 'skipped')),
  "marked_at" timestamp with time zone DEFAULT now() NOT NULL,
  PRIMARY KEY ("person_id", "day")
);
--> statement-breakpoint
SELECT app_secure_table('small_act_marks');
--> statement-breakpoint
CREATE POLICY own_only ON small_act_marks FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
