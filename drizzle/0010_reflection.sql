-- Private reflection on the four patterns, and each person's stance. Private by default;
-- the author shares a pattern (or all four) with their partner, and can take it back.
CREATE TABLE "reflection_patterns" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "take_id" uuid NOT NULL,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "couple_id" uuid REFERENCES "couples"("id") ON DELETE set null,
  "pattern" text NOT NULL CHECK ("pattern" IN ('insecurity', 'distance', 'secrecy', 'infidelity')),
  "answers" smallint[] NOT NULL CHECK (cardinality("answers") = 5 AND 1 <= ALL ("answers") AND 5 >= ALL ("answers")),
  "score" smallint NOT NULL,
  "level" text NOT NULL CHECK ("level" IN ('quiet', 'some', 'strong')),
  "note" text,
  "visibility" text DEFAULT 'private' NOT NULL CHECK ("visibility" IN ('private', 'shared')),
  "note_shared" boolean DEFAULT false NOT NULL,
  "shared_at" timestamp with time zone,
  "taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reflection_patterns_take_pattern_key" ON "reflection_patterns" ("take_id", "pattern");
--> statement-breakpoint
CREATE INDEX "reflection_patterns_author_idx" ON "reflection_patterns" ("author_id", "taken_at");
--> statement-breakpoint
CREATE INDEX "reflection_patterns_shared_idx" ON "reflection_patterns" ("couple_id", "author_id") WHERE visibility = 'shared';
--> statement-breakpoint
CREATE TABLE "reflection_stances" (
  "author_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "couple_id" uuid REFERENCES "couples"("id") ON DELETE set null,
  "stance" text NOT NULL CHECK ("stance" IN ('broke', 'hurt', 'both', 'unsaid')),
  "visibility" text DEFAULT 'private' NOT NULL CHECK ("visibility" IN ('private', 'shared')),
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['reflection_patterns', 'reflection_stances']::regclass[]) AS t;
--> statement-breakpoint
-- Mine always; my partner's only when shared, while we are both still in the couple.
CREATE POLICY author_or_shared_read ON reflection_patterns FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids()) AND author_id IN (SELECT app_partner_ids())));
--> statement-breakpoint
CREATE POLICY author_write ON reflection_patterns FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_change ON reflection_patterns FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id())
  WITH CHECK (author_id = app_user_id() AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_delete ON reflection_patterns FOR DELETE TO kintsugi_app USING (author_id = app_user_id());
--> statement-breakpoint
CREATE POLICY author_or_shared_read ON reflection_stances FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids()) AND author_id IN (SELECT app_partner_ids())));
--> statement-breakpoint
CREATE POLICY author_write ON reflection_stances FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_change ON reflection_stances FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id())
  WITH CHECK (author_id = app_user_id() AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_delete ON reflection_stances FOR DELETE TO kintsugi_app USING (author_id = app_user_id());
