-- The private safety check. Its author's eyes only, always; deletable by its author.
CREATE TABLE "safety_checks" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "humiliated" text NOT NULL CHECK ("humiliated" IN ('no', 'sometimes', 'yes', 'unsaid')),
  "afraid" text NOT NULL CHECK ("afraid" IN ('no', 'sometimes', 'yes', 'unsaid')),
  "forced" text NOT NULL CHECK ("forced" IN ('no', 'sometimes', 'yes', 'unsaid')),
  "hurt" text NOT NULL CHECK ("hurt" IN ('no', 'sometimes', 'yes', 'unsaid')),
  "signals_danger" boolean NOT NULL,
  "taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "safety_checks_person_idx" ON "safety_checks" ("person_id", "taken_at");
--> statement-breakpoint
-- Whether the check was offered and answered or set aside ("not now"), so it is offered once.
CREATE TABLE "safety_offers" (
  "person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "settled_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['safety_checks', 'safety_offers']::regclass[]) AS t;
--> statement-breakpoint
CREATE POLICY own_only ON safety_checks FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
CREATE POLICY own_only ON safety_offers FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
