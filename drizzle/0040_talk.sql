-- Talk: the private journal, letters, hard conversations and ownership statements (issue 6).
-- Journal rows are the author's alone, always. Letters reach the partner only once delivered,
-- and delivery is a fact of time (deliver_at <= now()) checked in the read policy itself: no
-- job runner, nothing to lose on a restart.
CREATE TABLE "journal_entries" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "prompt_id" text,
  "body" text NOT NULL,
  "emotions" text[] DEFAULT '{}'::text[] NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "journal_entries_author_time_idx" ON "journal_entries" ("author_id", "created_at");
--> statement-breakpoint
CREATE TABLE "letters" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "recipient_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "reply_to_id" uuid REFERENCES "letters"("id") ON DELETE set null,
  "prompt_id" text,
  "body" text NOT NULL,
  "status" text DEFAULT 'draft' NOT NULL CHECK ("status" IN ('draft', 'sent')),
  "deliver_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "letters_sent_has_time" CHECK ("status" = 'draft' OR "deliver_at" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX "letters_couple_recipient_idx" ON "letters" ("couple_id", "recipient_id", "deliver_at");
--> statement-breakpoint
CREATE INDEX "letters_author_idx" ON "letters" ("author_id", "created_at");
--> statement-breakpoint
CREATE TABLE "letter_reads" (
  "letter_id" uuid NOT NULL REFERENCES "letters"("id") ON DELETE cascade,
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "read_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "letter_reads_pk" PRIMARY KEY ("letter_id", "person_id")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "started_by" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "topic_id" text,
  "own_question" text,
  "speaker_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "listener_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "phase" text DEFAULT 'speak' NOT NULL CHECK ("phase" IN ('speak', 'reflect', 'confirm')),
  "round" integer DEFAULT 1 NOT NULL,
  "version" integer DEFAULT 1 NOT NULL,
  "paused_by" uuid REFERENCES "people"("id") ON DELETE set null,
  "paused_until" timestamp with time zone,
  "ended_by" uuid REFERENCES "people"("id") ON DELETE set null,
  "ended_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "conversations_topic_or_question" CHECK ("topic_id" IS NOT NULL OR "own_question" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX "conversations_couple_idx" ON "conversations" ("couple_id", "created_at");
--> statement-breakpoint
CREATE TABLE "conversation_turns" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "conversation_id" uuid NOT NULL REFERENCES "conversations"("id") ON DELETE cascade,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "round" integer NOT NULL,
  "kind" text NOT NULL CHECK ("kind" IN ('answer', 'reflection', 'confirm', 'clarify')),
  "body" text DEFAULT '' NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "conversation_turns_conversation_idx" ON "conversation_turns" ("conversation_id", "created_at");
--> statement-breakpoint
CREATE TABLE "ownership_statements" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "recipient_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ownership_statements_couple_idx" ON "ownership_statements" ("couple_id", "created_at");
--> statement-breakpoint
CREATE TABLE "ownership_versions" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "statement_id" uuid NOT NULL REFERENCES "ownership_statements"("id") ON DELETE cascade,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "number" integer NOT NULL,
  "what_i_did" text NOT NULL,
  "how_it_hurt" text NOT NULL,
  "what_i_will_do" text NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ownership_versions_number_key" ON "ownership_versions" ("statement_id", "number");
--> statement-breakpoint
CREATE TABLE "ownership_answers" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "version_id" uuid NOT NULL REFERENCES "ownership_versions"("id") ON DELETE cascade,
  "statement_id" uuid NOT NULL REFERENCES "ownership_statements"("id") ON DELETE cascade,
  "couple_id" uuid NOT NULL REFERENCES "couples"("id") ON DELETE cascade,
  "author_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "landed" text NOT NULL,
  "missing" text NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ownership_answers_one_per_version" ON "ownership_answers" ("version_id", "author_id");
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['journal_entries', 'letters', 'letter_reads', 'conversations', 'conversation_turns', 'ownership_statements', 'ownership_versions', 'ownership_answers']::regclass[]) AS t;
--> statement-breakpoint
-- The journal: its author, and nobody else. Ever.
CREATE POLICY author_only ON journal_entries FOR ALL TO kintsugi_app
  USING (author_id = app_user_id()) WITH CHECK (author_id = app_user_id());
--> statement-breakpoint
-- A letter: its author always; its recipient once it is sent AND its time has come, while we
-- are a couple. A draft or a scheduled letter does not exist for the recipient.
CREATE POLICY author_or_delivered_read ON letters FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (recipient_id = app_user_id() AND status = 'sent' AND deliver_at <= now()
             AND couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
CREATE POLICY author_write ON letters FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND recipient_id IN (SELECT app_partner_ids()));
--> statement-breakpoint
-- Only until delivery: a delivered letter is the recipient's to keep, unchanged.
CREATE POLICY author_change_undelivered ON letters FOR UPDATE TO kintsugi_app
  USING (author_id = app_user_id() AND (status = 'draft' OR deliver_at > now()))
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND recipient_id IN (SELECT app_partner_ids()));
--> statement-breakpoint
CREATE POLICY author_delete_undelivered ON letters FOR DELETE TO kintsugi_app
  USING (author_id = app_user_id() AND (status = 'draft' OR deliver_at > now()));
--> statement-breakpoint
-- Whether I opened a letter is mine alone: no read receipts for the author.
CREATE POLICY own_reads ON letter_reads FOR ALL TO kintsugi_app
  USING (person_id = app_user_id())
  WITH CHECK (person_id = app_user_id() AND letter_id IN (SELECT id FROM letters));
--> statement-breakpoint
-- Conversations are made together: readable as history after leaving, written only while a couple.
CREATE POLICY member_read ON conversations FOR SELECT TO kintsugi_app
  USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON conversations FOR INSERT TO kintsugi_app
  WITH CHECK (started_by = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_update ON conversations FOR UPDATE TO kintsugi_app
  USING (couple_id IN (SELECT app_my_couple_ids())) WITH CHECK (couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_read ON conversation_turns FOR SELECT TO kintsugi_app
  USING (couple_id IN (SELECT app_my_any_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_insert ON conversation_turns FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND conversation_id IN (SELECT id FROM conversations WHERE couple_id IN (SELECT app_my_couple_ids())));
--> statement-breakpoint
-- Ownership statements are sent when written: the author always, the partner while a couple.
CREATE POLICY author_or_couple_read ON ownership_statements FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id() OR couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_insert ON ownership_statements FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND recipient_id IN (SELECT app_partner_ids()));
--> statement-breakpoint
CREATE POLICY author_or_couple_read ON ownership_versions FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id() OR couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY author_insert ON ownership_versions FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND statement_id IN (SELECT id FROM ownership_statements WHERE author_id = app_user_id()));
--> statement-breakpoint
CREATE POLICY author_or_couple_read ON ownership_answers FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id() OR couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Only the one the statement was written to answers it.
CREATE POLICY recipient_insert ON ownership_answers FOR INSERT TO kintsugi_app
  WITH CHECK (author_id = app_user_id() AND couple_id IN (SELECT app_my_couple_ids())
              AND statement_id IN (SELECT id FROM ownership_statements WHERE recipient_id = app_user_id()));
