-- Memories (issue 17, decision 152): time together, planned by one partner and confirmed by the
-- other (or answered with another time), then remembered: after the day each writes one line of
-- what they will keep, and one photo may be added. Both partners read all of it, also after the
-- space closed (like agreements: app_my_any_couple_ids()); new writes need the space open.
--
-- Closing an account (decision 052): a memory holds a title both were shown, so its planner's key
-- RESTRICTs and the memory stays; the closer's own line and photo go with them (their keys
-- cascade, and nothing of anyone else's hangs off them). A plan the partner never confirmed is
-- the planner's alone: a trigger removes it when the planner's account closes.
CREATE TABLE "memories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"created_by" uuid NOT NULL REFERENCES "people"("id") ON DELETE restrict,
	-- Who put forward the time now on it: the other one confirms it or suggests another.
	"proposed_by" uuid REFERENCES "people"("id") ON DELETE set null,
	"title" text NOT NULL CHECK (char_length("title") BETWEEN 1 AND 120),
	"idea_id" text CHECK (char_length("idea_id") <= 60),
	-- A whole day, or a moment in time: exactly one of the two.
	"day" date,
	"starts_at" timestamp with time zone,
	"status" text DEFAULT 'proposed' NOT NULL CHECK ("status" IN ('proposed', 'confirmed')),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memories_day_or_moment" CHECK (("day" IS NULL) <> ("starts_at" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "memories_couple_time_idx" ON "memories" ("couple_id", "created_at");
--> statement-breakpoint
SELECT app_secure_table('memories');
--> statement-breakpoint
CREATE POLICY joint_read ON memories FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY planner_insert ON memories FOR INSERT TO kintsugi_app
	WITH CHECK (created_by = app_user_id() AND proposed_by = app_user_id()
	            AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Either member of an open space answers about the time; the title stays as it was planned.
CREATE POLICY member_answer ON memories FOR UPDATE TO kintsugi_app
	USING (couple_id IN (SELECT app_my_couple_ids()))
	WITH CHECK (couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
REVOKE UPDATE ON memories FROM kintsugi_app;
--> statement-breakpoint
GRANT UPDATE ("day", "starts_at", "status", "proposed_by", "updated_at") ON memories TO kintsugi_app;
--> statement-breakpoint
-- "What I will keep": one line per person per memory, only its author writes it.
CREATE TABLE "memory_lines" (
	"memory_id" uuid NOT NULL REFERENCES "memories"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"text" text NOT NULL CHECK (char_length("text") BETWEEN 1 AND 500),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("memory_id", "author_id")
);
--> statement-breakpoint
SELECT app_secure_table('memory_lines');
--> statement-breakpoint
CREATE POLICY joint_read ON memory_lines FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_insert ON memory_lines FOR INSERT TO kintsugi_app
	WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
	            AND EXISTS (SELECT 1 FROM memories m WHERE m.id = memory_id AND m.couple_id = memory_lines.couple_id));
--> statement-breakpoint
CREATE POLICY author_update ON memory_lines FOR UPDATE TO kintsugi_app
	USING (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()))
	WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_delete ON memory_lines FOR DELETE TO kintsugi_app
	USING (author_id = app_user_id());
--> statement-breakpoint
-- One photo per memory, re-encoded on the way in (no metadata survives), read only by the two.
CREATE TABLE "memory_photos" (
	"memory_id" uuid PRIMARY KEY NOT NULL REFERENCES "memories"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"mime" text NOT NULL CHECK ("mime" IN ('image/jpeg')),
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" bytea NOT NULL CHECK (octet_length("bytes") <= 5242880),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table('memory_photos');
--> statement-breakpoint
CREATE POLICY joint_read ON memory_photos FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_insert ON memory_photos FOR INSERT TO kintsugi_app
	WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
	            AND EXISTS (SELECT 1 FROM memories m WHERE m.id = memory_id AND m.couple_id = memory_photos.couple_id));
--> statement-breakpoint
CREATE POLICY author_delete ON memory_photos FOR DELETE TO kintsugi_app
	USING (author_id = app_user_id());
--> statement-breakpoint
REVOKE UPDATE ON memory_photos FROM kintsugi_app;
--> statement-breakpoint
-- The planner may call it off, but never while it holds a line or a photo of the partner's.
CREATE POLICY planner_cancel ON memories FOR DELETE TO kintsugi_app
	USING (created_by = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
	       AND NOT EXISTS (SELECT 1 FROM memory_lines l WHERE l.memory_id = memories.id AND l.author_id <> app_user_id())
	       AND NOT EXISTS (SELECT 1 FROM memory_photos p WHERE p.memory_id = memories.id AND p.author_id <> app_user_id()));
--> statement-breakpoint
-- A plan nobody but its planner agreed to goes with the planner's closed account (decision 052).
CREATE FUNCTION app_memories_of_a_closed_account() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM memories WHERE created_by = NEW.id AND status = 'proposed';
  RETURN NULL;
END $$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_memories_of_a_closed_account() OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_memories_of_a_closed_account() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER memories_of_a_closed_account AFTER UPDATE OF closed_at ON people
	FOR EACH ROW WHEN (OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL)
	EXECUTE FUNCTION app_memories_of_a_closed_account();
