-- Promises and what became of them. A promise is made by one person, private (practice) or
-- shared with the partner. Every step (made, renegotiated, kept, missed, repaired, noticed) is
-- a new row; nothing is updated or deleted through the app's roles.
CREATE TABLE "promises" (
  "id" uuid PRIMARY KEY NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "visibility" text DEFAULT 'shared' NOT NULL CHECK ("visibility" IN ('private', 'shared')),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "promises_couple_idx" ON "promises" ("couple_id", "created_at");
--> statement-breakpoint
CREATE INDEX "promises_author_idx" ON "promises" ("author_id", "created_at");
--> statement-breakpoint
CREATE TABLE "promise_events" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "promise_id" uuid NOT NULL REFERENCES "promises"("id") ON DELETE cascade,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "seq" integer NOT NULL CHECK ("seq" >= 1),
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "visibility" text NOT NULL CHECK ("visibility" IN ('private', 'shared')),
  "kind" text NOT NULL CHECK ("kind" IN ('made', 'renegotiated', 'kept', 'missed', 'repaired', 'noticed')),
  "text" text,
  "due_at" timestamp with time zone,
  "note" text,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "promise_events_seq_key" ON "promise_events" ("promise_id", "seq");
--> statement-breakpoint
CREATE INDEX "promise_events_couple_time_idx" ON "promise_events" ("couple_id", "created_at");
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['promises', 'promise_events']::regclass[]) AS t;
--> statement-breakpoint
REVOKE UPDATE, DELETE ON "promises", "promise_events" FROM kintsugi_app, kintsugi_system;
--> statement-breakpoint
CREATE POLICY author_or_shared_read ON "promises" FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_insert ON "promises" FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_or_shared_read ON "promise_events" FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
-- A step on a promise I can see, in my own couple, with the promise's own visibility.
CREATE POLICY author_insert ON "promise_events" FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND EXISTS (SELECT 1 FROM promises p WHERE p.id = promise_events.promise_id
                            AND p.couple_id = promise_events.couple_id
                            AND p.visibility = promise_events.visibility));
