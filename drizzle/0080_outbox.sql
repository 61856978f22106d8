-- Mail waiting to go out (decision 080). A message is queued in the same transaction as its
-- cause and delivered by a worker in every server: claimed with FOR UPDATE SKIP LOCKED and a
-- lease (`locked_until`), so two servers never send one row at once, and a server that dies
-- mid-send leaves it to be claimed again when the lease runs out. Its text and address are
-- cleared once sent (a link in it, a reset token, is not kept), and the row goes a week later.
-- Only kintsugi_system reads or writes it.
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE sent_at IS NULL AND failed_at IS NULL;
--> statement-breakpoint
SELECT app_secure_table('outbox');
