-- The daily question for two (issue 17, decision 151). One row per person and calendar day (their
-- own day): the question they were asked, their answer or that they let it go, and whether it was
-- a question for the two of them (shared) or just for them. The row names only its author: closing
-- an account takes that person's answers and leaves the partner's.
--
-- The mutual reveal lives here, not only in the code: a partner's answer is readable only by someone
-- who has answered the same couple's question on the same day (app_question_answered), like the
-- weekly check-in. Before that, the partner may learn only that it exists and which question it
-- answered (app_question_partner), never its words.
CREATE TABLE "question_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"couple_id" uuid REFERENCES "couples"("id") ON DELETE cascade,
	"day" date NOT NULL,
	"question_id" text NOT NULL CHECK (length("question_id") BETWEEN 1 AND 40),
	"shared" boolean NOT NULL,
	"answer" text CHECK (length("answer") BETWEEN 1 AND 2000),
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_answers_shared_in_a_couple" CHECK (NOT "shared" OR "couple_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "question_answers_author_day_key" ON "question_answers" ("author_id", "day");
--> statement-breakpoint
CREATE INDEX "question_answers_couple_day_idx" ON "question_answers" ("couple_id", "day");
--> statement-breakpoint
SELECT app_secure_table('question_answers');
--> statement-breakpoint
-- Have I answered (not let go) my couple's shared question of this day?
CREATE FUNCTION app_question_answered(p_couple uuid, p_day date) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM question_answers
                  WHERE author_id = app_user_id() AND couple_id = p_couple AND day = p_day
                    AND shared AND answer IS NOT NULL)
$$;
--> statement-breakpoint
-- Which shared question my partner answered on this day in my current couple, or null: only that
-- they answered and which question, never the words.
CREATE FUNCTION app_question_partner(p_day date) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT question_id FROM question_answers
   WHERE author_id IN (SELECT app_partner_ids()) AND couple_id IN (SELECT app_my_couple_ids())
     AND day = p_day AND shared AND answer IS NOT NULL
   LIMIT 1
$$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_question_answered(uuid, date) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_question_partner(date) OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_question_answered(uuid, date), app_question_partner(date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_question_answered(uuid, date), app_question_partner(date) TO kintsugi_app, kintsugi_system;
--> statement-breakpoint
CREATE POLICY author_or_revealed_read ON question_answers FOR SELECT TO kintsugi_app
	USING (author_id = app_user_id()
	       OR (shared AND answer IS NOT NULL AND couple_id IN (SELECT app_my_couple_ids())
	           AND app_question_answered(couple_id, day)));
--> statement-breakpoint
CREATE POLICY author_insert ON question_answers FOR INSERT TO kintsugi_app
	WITH CHECK (author_id = app_user_id()
	            AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids()))
	            AND (NOT shared OR app_sharing_open(couple_id)));
--> statement-breakpoint
CREATE POLICY author_update ON question_answers FOR UPDATE TO kintsugi_app
	USING (author_id = app_user_id())
	WITH CHECK (author_id = app_user_id()
	            AND (couple_id IS NULL OR couple_id IN (SELECT app_my_couple_ids())));
