-- Rate-limit counters, shared by every server on this database (a load balancer may send one
-- person's tries to any of them). Keys are sha256 of route, address and email: no address or
-- email is kept here. Only kintsugi_system reads and writes them.
CREATE TABLE "rate_limits" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"resets_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limits_resets_idx" ON "rate_limits" USING btree ("resets_at");
--> statement-breakpoint
SELECT app_secure_table('rate_limits');
