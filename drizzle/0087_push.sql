-- Web Push as a second reminder channel (issue 13, decision 087).
-- The server's VAPID key pair (RFC 8292): made once at first start, then kept. One row only.
-- Only kintsugi_system has a policy on it, so the app role reads nothing (RLS forced).
CREATE TABLE "push_keys" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL CHECK (id),
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table('push_keys');
--> statement-breakpoint
-- A browser a person asked to be reminded on: the push service's address for it (an unguessable
-- capability URL) and the keys its messages are encrypted to (RFC 8291). A person may have
-- several; an endpoint belongs to one person at a time (the last who subscribed it).
CREATE TABLE "push_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_subscriptions_endpoint_unique" UNIQUE ("endpoint")
);
--> statement-breakpoint
CREATE INDEX "push_subscriptions_person_idx" ON "push_subscriptions" USING btree ("person_id");
--> statement-breakpoint
SELECT app_secure_table('push_subscriptions');
--> statement-breakpoint
CREATE POLICY own_only ON push_subscriptions FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- Pushes waiting to go out, one per subscription, queued by the reminder dispatcher in the same
-- transaction as its mail. Delivered like the mail outbox (claimed with SKIP LOCKED and a lease,
-- retried with backoff); it holds no words: the payload is the same content-free one for all.
-- A gone subscription takes its pushes with it.
CREATE TABLE "push_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL REFERENCES "push_subscriptions"("id") ON DELETE cascade,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"failed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "push_outbox_due_idx" ON "push_outbox" USING btree ("next_attempt_at") WHERE failed_at IS NULL;
--> statement-breakpoint
CREATE INDEX "push_outbox_subscription_idx" ON "push_outbox" USING btree ("subscription_id");
--> statement-breakpoint
SELECT app_secure_table('push_outbox');
