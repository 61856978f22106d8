-- Reminders for moments in time (issue 13, decision 083): a promise of mine falling due, an
-- agreement's review date, the weekly check-in opening, a scheduled letter arriving. A sweep in
-- every server finds such moments; this table remembers which ones it already reminded of. Its
-- key is the guard: the row goes in, in the same transaction as the reminder it causes, only
-- once, however many servers sweep at the same time. It holds ids and times, never words.
CREATE TABLE "reminder_moments" (
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_moments_pkey" PRIMARY KEY ("person_id", "kind", "subject", "due_at")
);
--> statement-breakpoint
CREATE INDEX "reminder_moments_due_idx" ON "reminder_moments" USING btree ("due_at");
--> statement-breakpoint
SELECT app_secure_table('reminder_moments');
--> statement-breakpoint
-- The sweep looks only at moments of the last day: these let it find them without reading
-- every promise, letter or agreement.
CREATE INDEX "promise_events_due_idx" ON "promise_events" USING btree ("due_at") WHERE "due_at" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "letters_deliver_idx" ON "letters" USING btree ("deliver_at") WHERE "status" = 'sent';
--> statement-breakpoint
CREATE INDEX "agreement_versions_review_idx" ON "agreement_versions" USING btree ("review_on");
