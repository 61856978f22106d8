-- Agreements are made together and never rewritten. Three append-only tables: the agreement
-- itself, every version of its words, and every step either partner took (proposed, accepted,
-- declined, asked to revisit, asked to retire, withdrew). Its state is derived from the steps.
-- Read with app_my_any_couple_ids() (history stays readable after leaving); write only as an
-- active member, as myself. No UPDATE or DELETE policy, and no UPDATE or DELETE grant: history
-- cannot be changed through the app's roles.
CREATE TABLE "agreements" (
  "id" uuid PRIMARY KEY NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "created_by" uuid NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "agreements_couple_idx" ON "agreements" ("couple_id", "created_at");
--> statement-breakpoint
CREATE TABLE "agreement_versions" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "agreement_id" uuid NOT NULL REFERENCES "agreements"("id") ON DELETE cascade,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "number" integer NOT NULL CHECK ("number" >= 1),
  "author_id" uuid NOT NULL,
  "title" text NOT NULL,
  "daily_life" text NOT NULL,
  "why_safe" text NOT NULL,
  "review_on" date NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_versions_number_key" ON "agreement_versions" ("agreement_id", "number");
--> statement-breakpoint
CREATE TABLE "agreement_events" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "agreement_id" uuid NOT NULL REFERENCES "agreements"("id") ON DELETE cascade,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "seq" integer NOT NULL CHECK ("seq" >= 1),
  "author_id" uuid NOT NULL,
  "kind" text NOT NULL CHECK ("kind" IN ('proposed', 'accepted', 'declined', 'revisit', 'retire', 'withdrew')),
  "version" integer NOT NULL CHECK ("version" >= 1),
  "note" text,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Two steps taken at once from the same state collide here; the later one answers 409.
CREATE UNIQUE INDEX "agreement_events_seq_key" ON "agreement_events" ("agreement_id", "seq");
--> statement-breakpoint
CREATE INDEX "agreement_events_couple_idx" ON "agreement_events" ("couple_id");
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['agreements', 'agreement_versions', 'agreement_events']::regclass[]) AS t;
--> statement-breakpoint
REVOKE UPDATE, DELETE ON "agreements", "agreement_versions", "agreement_events" FROM kintsugi_app, kintsugi_system;
--> statement-breakpoint
CREATE POLICY joint_read ON "agreements" FOR SELECT TO kintsugi_app
  USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON "agreements" FOR INSERT TO kintsugi_app
  WITH CHECK (created_by = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY joint_read ON "agreement_versions" FOR SELECT TO kintsugi_app
  USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON "agreement_versions" FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND EXISTS (SELECT 1 FROM agreements a WHERE a.id = agreement_versions.agreement_id AND a.couple_id = agreement_versions.couple_id));
--> statement-breakpoint
CREATE POLICY joint_read ON "agreement_events" FOR SELECT TO kintsugi_app
  USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON "agreement_events" FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND EXISTS (SELECT 1 FROM agreements a WHERE a.id = agreement_events.agreement_id AND a.couple_id = agreement_events.couple_id));
