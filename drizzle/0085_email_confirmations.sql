-- Links that confirm an email address (decision 085), only used when mail is configured. Two
-- purposes: a sign-up waiting for its address (no person yet: the account is made when the link
-- is opened, so a sign-up's password opens nothing before then) and an email change waiting for
-- the new address. Only the sha256 of the token is kept, and of the sign-up browser's cookie;
-- a link works once, for a day. Only kintsugi_system reads or writes them: no one is signed in
-- when a sign-up's link is made or opened.
CREATE TABLE "email_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL CHECK ("purpose" IN ('sign_up', 'change')),
	"person_id" uuid REFERENCES "people"("id") ON DELETE cascade,
	"email" text NOT NULL,
	"display_name" text,
	"password_hash" text,
	"browser_hash" text,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CHECK (("purpose" = 'sign_up') = ("person_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "email_confirmations_token_hash_key" ON "email_confirmations" USING btree ("token_hash");
--> statement-breakpoint
CREATE INDEX "email_confirmations_email_idx" ON "email_confirmations" USING btree ("email", "created_at");
--> statement-breakpoint
CREATE INDEX "email_confirmations_person_idx" ON "email_confirmations" USING btree ("person_id", "created_at");
--> statement-breakpoint
SELECT app_secure_table('email_confirmations');
