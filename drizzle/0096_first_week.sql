-- The first week (issue 16, decision 140): what each person chose about their own first steps.
-- Whether a step is done is never stored here: it is read from what exists (a safety check, a
-- stance, a space, a reflection, a check-in). Only the person's own choices are kept: that they
-- read the welcome, which steps they set aside for now, and whether they put the whole list away.
CREATE TABLE "first_week" (
	"person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"welcomed_at" timestamp with time zone,
	"set_aside" text[] DEFAULT '{}' NOT NULL,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "first_week_set_aside_check" CHECK (
		"set_aside" <@ ARRAY['welcome', 'safety', 'stance', 'partner', 'reflection', 'checkin']::text[]
	)
);
--> statement-breakpoint
SELECT app_secure_table('first_week');
--> statement-breakpoint
CREATE POLICY own_only ON first_week FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
