-- Decision 111: every screen's read cheap under row-level security. Measured on a couple after a
-- year beside 5,000 other couples (bench/seed-year.sql, bench/explain-screens.ts), as
-- kintsugi_app with the request's own settings.
--
-- 1. The helpers the policies call told the planner they return 1,000 rows (the default for a
--    set-returning function). They return one or two: my couple, my partner, the few spaces I
--    was ever in. With 1,000 the planner hashed them and scanned whole tables (every couple's
--    path marks, people, conversations), filtering the policy row by row: the suggested focus's
--    inputs took 65-110 ms. With the true size it walks the indexes.
ALTER FUNCTION app_my_couple_ids() ROWS 1;
--> statement-breakpoint
ALTER FUNCTION app_partner_ids() ROWS 1;
--> statement-breakpoint
ALTER FUNCTION app_my_any_couple_ids() ROWS 2;
--> statement-breakpoint
-- 2. Indexes for every policy predicate and sort key the screens' reads use.
-- Every space I was ever in (app_my_any_couple_ids, closed spaces): the only index on a person's
-- memberships was the partial one for the current space, so these scanned all memberships.
CREATE INDEX "memberships_person_idx" ON "memberships" ("person_id", "couple_id");
--> statement-breakpoint
-- Today: letters delivered to me and not opened; statements to me; conversations where the turn
-- may be mine (only those not ended).
CREATE INDEX "letters_recipient_idx" ON "letters" ("recipient_id", "deliver_at");
--> statement-breakpoint
CREATE INDEX "ownership_statements_recipient_idx" ON "ownership_statements" ("recipient_id", "created_at");
--> statement-breakpoint
CREATE INDEX "conversations_speaker_open_idx" ON "conversations" ("speaker_id") WHERE "ended_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "conversations_listener_open_idx" ON "conversations" ("listener_id") WHERE "ended_at" IS NULL;
--> statement-breakpoint
-- The talks list: my spaces' conversations, newest change first.
CREATE INDEX "conversations_couple_updated_idx" ON "conversations" ("couple_id", "updated_at");
--> statement-breakpoint
-- The timeline's marks: my couple's or mine (a mark of mine from a former space too), by time.
CREATE INDEX "timeline_events_author_time_idx" ON "timeline_events" ("author_id", "occurred_at");
