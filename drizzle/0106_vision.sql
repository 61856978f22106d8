-- Our shared future (issue 17, decision 153): a picture of the future written together, line by
-- line. One partner proposes a line (a new one, new words for one, or taking one out); only the
-- other accepts it, declines it, or answers with a rewording of their own, which then waits for
-- the first. The lines both accepted are the draft; a version is a snapshot of the draft, and it
-- is "ours" once both signed it. Append-only like agreements: no UPDATE or DELETE for the app's
-- roles, history is read with app_my_any_couple_ids() (it stays readable after leaving), written
-- only as an active member, as myself.
CREATE TABLE "vision_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE restrict,
	"kind" text NOT NULL CHECK ("kind" IN ('add', 'change', 'remove')),
	-- The line it changes or takes out (a line is named by the proposal that added it); null for a new line.
	"line_id" uuid,
	"text" text DEFAULT '' NOT NULL,
	-- A rewording answers this proposal (whose author then accepts or declines the rewording).
	"rewords_id" uuid REFERENCES "vision_proposals"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vision_proposals_line" CHECK (("kind" = 'add') = ("line_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX "vision_proposals_couple_time_idx" ON "vision_proposals" ("couple_id", "created_at");
--> statement-breakpoint
-- One answer per proposal (two answers at once collide here; the later one answers 409).
CREATE TABLE "vision_answers" (
	"proposal_id" uuid PRIMARY KEY NOT NULL REFERENCES "vision_proposals"("id") ON DELETE cascade,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE restrict,
	"answer" text NOT NULL CHECK ("answer" IN ('accepted', 'declined', 'reworded', 'withdrawn')),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "vision_answers_couple_idx" ON "vision_answers" ("couple_id", "created_at");
--> statement-breakpoint
-- A version: the accepted lines at the moment the first of the two signed. It names nobody: the
-- words in it were accepted by both, so they are joint and outlive either account.
CREATE TABLE "vision_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"number" integer NOT NULL CHECK ("number" >= 1),
	"lines" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "vision_versions_number_key" ON "vision_versions" ("couple_id", "number");
--> statement-breakpoint
CREATE TABLE "vision_signatures" (
	"version_id" uuid NOT NULL REFERENCES "vision_versions"("id") ON DELETE cascade,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE restrict,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("version_id", "person_id")
);
--> statement-breakpoint
CREATE INDEX "vision_signatures_couple_idx" ON "vision_signatures" ("couple_id");
--> statement-breakpoint
-- The date to look at it again, set by either; the newest row holds (a null date clears it).
-- Only a date and who set it: it goes with its author's account.
CREATE TABLE "vision_revisits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"revisit_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "vision_revisits_couple_time_idx" ON "vision_revisits" ("couple_id", "created_at");
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['vision_proposals', 'vision_answers', 'vision_versions', 'vision_signatures', 'vision_revisits']::regclass[]) AS t;
--> statement-breakpoint
REVOKE UPDATE, DELETE ON "vision_proposals", "vision_answers", "vision_versions", "vision_signatures", "vision_revisits" FROM kintsugi_app;
--> statement-breakpoint
REVOKE UPDATE ON "vision_proposals", "vision_answers", "vision_versions", "vision_signatures", "vision_revisits" FROM kintsugi_system;
--> statement-breakpoint
CREATE POLICY joint_read ON "vision_proposals" FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON "vision_proposals" FOR INSERT TO kintsugi_app
	WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY joint_read ON "vision_answers" FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
-- Only the other partner accepts, declines or rewords a proposal; only its author withdraws it.
CREATE POLICY member_insert ON "vision_answers" FOR INSERT TO kintsugi_app
	WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
	            AND EXISTS (SELECT 1 FROM vision_proposals p
	                         WHERE p.id = vision_answers.proposal_id AND p.couple_id = vision_answers.couple_id
	                           AND ((answer = 'withdrawn') = (p.author_id = app_user_id()))));
--> statement-breakpoint
CREATE POLICY joint_read ON "vision_versions" FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON "vision_versions" FOR INSERT TO kintsugi_app
	WITH CHECK (couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY joint_read ON "vision_signatures" FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON "vision_signatures" FOR INSERT TO kintsugi_app
	WITH CHECK (person_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
	            AND EXISTS (SELECT 1 FROM vision_versions v
	                         WHERE v.id = vision_signatures.version_id AND v.couple_id = vision_signatures.couple_id));
--> statement-breakpoint
CREATE POLICY joint_read ON "vision_revisits" FOR SELECT TO kintsugi_app
	USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON "vision_revisits" FOR INSERT TO kintsugi_app
	WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Closing an account (decision 052, app_close_account() tombstones the person row): the lines
-- that person proposed and nobody accepted go with them, with any answer to them (a rewording of
-- one stays, as its author's own words). Lines both accepted are joint and stay, as do signed
-- versions and both signatures. A trigger on the tombstone, so app_close_account() is unchanged.
CREATE FUNCTION app_vision_forget_closed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
  DELETE FROM vision_proposals p
   WHERE p.author_id = NEW.id
     AND NOT EXISTS (SELECT 1 FROM vision_answers a WHERE a.proposal_id = p.id AND a.answer = 'accepted');
  RETURN NEW;
END $$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_vision_forget_closed() OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_vision_forget_closed() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER vision_forget_closed AFTER UPDATE OF closed_at ON people
	FOR EACH ROW WHEN (OLD.closed_at IS NULL AND NEW.closed_at IS NOT NULL)
	EXECUTE FUNCTION app_vision_forget_closed();
