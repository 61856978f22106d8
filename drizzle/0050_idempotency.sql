-- Idempotency keys: a retried write with the same key answers the first response.
-- Private to the person who sent it; expired after a day (see src/platform/server/idempotency.ts).
CREATE TABLE "idempotency_keys" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "key" text NOT NULL,
  "request_hash" text NOT NULL,
  "status_code" integer,
  "content_type" text,
  "response_body" text,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_person_key" ON "idempotency_keys" ("person_id", "key");
--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" ("created_at");
--> statement-breakpoint
SELECT app_secure_table('idempotency_keys');
--> statement-breakpoint
CREATE POLICY own_only ON idempotency_keys FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
