-- Reminders that say nothing (issue 13, decision 082). Each person chooses, off by default,
-- whether a mail tells them that something is waiting in Kintsugi, for which kinds of cause,
-- and when not to be disturbed (quiet hours, "HH:MM" in their own time zone).
CREATE TABLE "reminder_settings" (
	"person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"email" boolean DEFAULT false NOT NULL,
	"push" boolean DEFAULT false NOT NULL,
	"letter" boolean DEFAULT false NOT NULL,
	"turn" boolean DEFAULT false NOT NULL,
	"weekly" boolean DEFAULT false NOT NULL,
	"promise" boolean DEFAULT false NOT NULL,
	"review" boolean DEFAULT false NOT NULL,
	"quiet_from" text,
	"quiet_to" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_settings_quiet_check" CHECK (
		(quiet_from IS NULL) = (quiet_to IS NULL)
		AND (quiet_from IS NULL OR (quiet_from ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND quiet_to ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'))
	)
);
--> statement-breakpoint
SELECT app_secure_table('reminder_settings');
--> statement-breakpoint
CREATE POLICY own_only ON reminder_settings FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- A cause waiting for its reminder: one row per person and kind. Written (as kintsugi_system) in
-- the cause's own transaction; the mail worker turns it into a mail once outside quiet hours.
CREATE TABLE "reminders_due" (
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"caused_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminders_due_pkey" PRIMARY KEY ("person_id", "kind")
);
--> statement-breakpoint
SELECT app_secure_table('reminders_due');
--> statement-breakpoint
-- At most one reminder per person, kind and day (the person's own day): the key is the guard,
-- so two servers cannot both send one.
CREATE TABLE "reminders_sent" (
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "reminders_sent_pkey" PRIMARY KEY ("person_id", "kind", "day")
);
--> statement-breakpoint
SELECT app_secure_table('reminders_sent');
--> statement-breakpoint
-- One-click unsubscribe links (RFC 8058): a new random token in every reminder, only its sha256
-- kept. No session is needed to use one, so only kintsugi_system reads them.
CREATE TABLE "reminder_unsubscribes" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "reminder_unsubscribes_person_idx" ON "reminder_unsubscribes" USING btree ("person_id");
--> statement-breakpoint
SELECT app_secure_table('reminder_unsubscribes');
--> statement-breakpoint
-- The one-click unsubscribe address a mail carries in its List-Unsubscribe header; emptied once
-- sent, like the body.
ALTER TABLE "outbox" ADD COLUMN "list_unsubscribe" text;
