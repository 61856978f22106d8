-- Passkeys and a second factor (issue 15, decisions 130 and 131). Everything here belongs to one
-- person: the app role sees only the owner's own rows; the steps before anyone is signed in
-- (a passkey sign-in, the second step of a password sign-in) run as kintsugi_system.

-- A person's passkeys: the public key and its signature counter, never a private key.
CREATE TABLE "passkeys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"credential_id" text NOT NULL,
	"public_key" text NOT NULL,
	"counter" bigint DEFAULT 0 NOT NULL,
	"transports" text[] DEFAULT '{}' NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "passkeys_credential_id_key" ON "passkeys" USING btree ("credential_id");
--> statement-breakpoint
CREATE INDEX "passkeys_person_idx" ON "passkeys" USING btree ("person_id", "created_at");
--> statement-breakpoint
SELECT app_secure_table('passkeys');
--> statement-breakpoint
CREATE POLICY own_only ON passkeys FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- A code app (TOTP): its shared secret, on once confirmed with a first code. `last_step` is the
-- last 30-second step a code was accepted for, so a code works once.
CREATE TABLE "totp_factors" (
	"person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"secret" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"last_step" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table('totp_factors');
--> statement-breakpoint
CREATE POLICY own_only ON totp_factors FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- The owner's session may write the secret and see whether it is on, never read the secret back:
-- only the step that checks a code (as kintsugi_system) reads it.
REVOKE SELECT ON totp_factors FROM kintsugi_app;
--> statement-breakpoint
GRANT SELECT ("person_id", "confirmed_at", "last_step", "created_at") ON totp_factors TO kintsugi_app;
--> statement-breakpoint
-- Single-use recovery codes: only their sha256 (each holds about 79 random bits).
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_codes_hash_key" ON "recovery_codes" USING btree ("person_id", "code_hash");
--> statement-breakpoint
SELECT app_secure_table('recovery_codes');
--> statement-breakpoint
CREATE POLICY own_only ON recovery_codes FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- WebAuthn challenges: short-lived, single use, bound to the origin they were made for.
-- Only kintsugi_system reads or writes them.
CREATE TABLE "passkey_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid REFERENCES "people"("id") ON DELETE cascade,
	"purpose" text NOT NULL,
	"challenge" text NOT NULL,
	"origin" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "passkey_challenges_purpose_check" CHECK (purpose IN ('register', 'sign_in', 'second_factor'))
);
--> statement-breakpoint
CREATE INDEX "passkey_challenges_expires_idx" ON "passkey_challenges" USING btree ("expires_at");
--> statement-breakpoint
SELECT app_secure_table('passkey_challenges');
--> statement-breakpoint
-- A password sign-in waiting for its second factor: no session exists until the factor passes.
-- Only the sha256 of its token is kept; it lives five minutes. Only kintsugi_system sees it.
CREATE TABLE "pending_sign_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "pending_sign_ins_token_hash_key" ON "pending_sign_ins" USING btree ("token_hash");
--> statement-breakpoint
SELECT app_secure_table('pending_sign_ins');
--> statement-breakpoint
-- When a session last showed it is its owner again (password, code or passkey): turning a factor
-- on or off needs this, or the sign-in itself, within the last ten minutes.
CREATE TABLE "session_rechecks" (
	"session_id" uuid PRIMARY KEY NOT NULL REFERENCES "sessions"("id") ON DELETE cascade,
	-- The session's own person, for the policy; no key of its own: the row goes with its session.
	"person_id" uuid NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table('session_rechecks');
--> statement-breakpoint
CREATE POLICY own_only ON session_rechecks FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- How each sign-in was made (password, password and a code, a passkey, ...), shown to the owner.
ALTER TABLE "account_activity" ADD COLUMN "via" text;
