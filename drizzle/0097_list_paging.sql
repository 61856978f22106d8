-- Keyset paging for the lists (issue 14, decision 112). Each list reads its rows in
-- (sort key, id) order, newest first, older than a position; each index below starts with the
-- person the query names, then the sort key and the id, so a page is one backward index range
-- (or two, merged, where a list is mine OR to me). The old two-column indexes they extend go.
DROP INDEX IF EXISTS "journal_entries_author_time_idx";
--> statement-breakpoint
CREATE INDEX "journal_entries_author_page_idx" ON "journal_entries" ("author_id", "created_at", "id");
--> statement-breakpoint
CREATE INDEX "conversations_speaker_page_idx" ON "conversations" ("speaker_id", "updated_at", "id");
--> statement-breakpoint
CREATE INDEX "conversations_listener_page_idx" ON "conversations" ("listener_id", "updated_at", "id");
--> statement-breakpoint
CREATE INDEX "ownership_statements_author_page_idx" ON "ownership_statements" ("author_id", "created_at", "id");
--> statement-breakpoint
CREATE INDEX "ownership_statements_recipient_page_idx" ON "ownership_statements" ("recipient_id", "created_at", "id");
--> statement-breakpoint
CREATE INDEX "letters_author_page_idx" ON "letters" ("author_id", (coalesce("deliver_at", "updated_at")), "id");
--> statement-breakpoint
CREATE INDEX "letters_recipient_page_idx" ON "letters" ("recipient_id", (coalesce("deliver_at", "updated_at")), "id");
--> statement-breakpoint
DROP INDEX IF EXISTS "promises_author_idx";
--> statement-breakpoint
CREATE INDEX "promises_author_page_idx" ON "promises" ("author_id", "created_at", "id");
--> statement-breakpoint
DROP INDEX IF EXISTS "promises_couple_idx";
--> statement-breakpoint
CREATE INDEX "promises_couple_page_idx" ON "promises" ("couple_id", "created_at", "id");
