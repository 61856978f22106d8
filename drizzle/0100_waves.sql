-- Waves (issue 17, decision 150): "a wave is here", one tap, with an optional need and a note
-- that only its sender ever reads. A shared wave reaches the partner at once; a private one stays
-- on the sender's own timeline. The partner may answer "I'm here", which sets seen_at and nothing
-- else. The row names only its sender (the partner is whoever shares the couple), so closing the
-- sender's account takes their waves with it and nobody else's words.
CREATE TABLE "waves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"sender_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"need" text CHECK ("need" IN ('space', 'reassurance', 'talk-later', 'held')),
	"private" boolean DEFAULT false NOT NULL,
	"seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waves_private_never_seen" CHECK (NOT ("private" AND "seen_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX "waves_couple_time_idx" ON "waves" ("couple_id", "created_at");
--> statement-breakpoint
CREATE INDEX "waves_sender_time_idx" ON "waves" ("sender_id", "created_at");
--> statement-breakpoint
SELECT app_secure_table('waves');
--> statement-breakpoint
CREATE POLICY sender_or_shared_read ON waves FOR SELECT TO kintsugi_app
	USING (sender_id = app_user_id()
	       OR (NOT "private" AND couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY sender_write ON waves FOR INSERT TO kintsugi_app
	WITH CHECK (sender_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Only the partner updates a wave, and only its seen_at (the column grant below).
CREATE POLICY partner_sees ON waves FOR UPDATE TO kintsugi_app
	USING (sender_id <> app_user_id() AND NOT "private" AND couple_id IN (SELECT app_my_couple_ids()))
	WITH CHECK (sender_id <> app_user_id() AND NOT "private" AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY sender_delete ON waves FOR DELETE TO kintsugi_app USING (sender_id = app_user_id());
--> statement-breakpoint
REVOKE UPDATE ON waves FROM kintsugi_app;
--> statement-breakpoint
GRANT UPDATE ("seen_at") ON waves TO kintsugi_app;
--> statement-breakpoint
-- The note: its sender's alone, in a table of its own so no query of the partner's can reach it.
-- It names no person: whose it is follows from its wave.
CREATE TABLE "wave_notes" (
	"wave_id" uuid PRIMARY KEY NOT NULL REFERENCES "waves"("id") ON DELETE cascade,
	"note" text NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table('wave_notes');
--> statement-breakpoint
CREATE POLICY sender_only ON wave_notes FOR ALL TO kintsugi_app
	USING (EXISTS (SELECT 1 FROM waves w WHERE w.id = wave_id AND w.sender_id = app_user_id()))
	WITH CHECK (EXISTS (SELECT 1 FROM waves w WHERE w.id = wave_id AND w.sender_id = app_user_id()));
--> statement-breakpoint
-- A wave plan: each partner's own part (what helps me, what I ask of you, what not to do),
-- append-only like agreements: a new version is a new row, the old ones stay. The partner reads
-- them while the two share the space.
CREATE TABLE "wave_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"helps" text DEFAULT '' NOT NULL,
	"ask" text DEFAULT '' NOT NULL,
	"avoid" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "wave_plans_author_time_idx" ON "wave_plans" ("author_id", "created_at");
--> statement-breakpoint
SELECT app_secure_table('wave_plans');
--> statement-breakpoint
CREATE POLICY author_or_couple_read ON wave_plans FOR SELECT TO kintsugi_app
	USING (author_id = app_user_id() OR couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_write ON wave_plans FOR INSERT TO kintsugi_app
	WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
