-- Plain, calm notices to the one who stays: "Your partner left the shared space." No reasons.
CREATE TABLE "couple_notices" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "kind" text NOT NULL CHECK ("kind" IN ('partner_left', 'partner_deleted')),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "dismissed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "couple_notices_person_idx" ON "couple_notices" ("person_id");
--> statement-breakpoint
SELECT app_secure_table('couple_notices');
--> statement-breakpoint
CREATE POLICY recipient_read ON couple_notices FOR SELECT TO kintsugi_app USING (person_id = app_user_id());
--> statement-breakpoint
CREATE POLICY recipient_dismiss ON couple_notices FOR UPDATE TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- Written by the one who leaves, for the partner, just before the couple closes.
CREATE POLICY leaver_insert ON couple_notices FOR INSERT TO kintsugi_app
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids()) AND person_id IN (SELECT app_partner_ids()));
--> statement-breakpoint
-- The owner's own account activity: sign-ins, sign-outs, credential changes.
CREATE TABLE "account_activity" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "kind" text NOT NULL,
  "device" text NOT NULL,
  "session_id" uuid,
  "occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
  "seen_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "account_activity_person_time_idx" ON "account_activity" ("person_id", "occurred_at");
--> statement-breakpoint
SELECT app_secure_table('account_activity');
--> statement-breakpoint
CREATE POLICY own_only ON account_activity FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
