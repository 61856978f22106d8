-- No scoreboard (issue 12): a missed promise, and its repair, are the maker's own to share.
-- A row here means "my partner may see my missed promises"; no row (the default) means they
-- see only what was kept, changed in time and noticed. Deleting the row undoes it at once.
CREATE TABLE "promise_miss_sharing" (
  "person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
  "shared_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table('promise_miss_sharing');
--> statement-breakpoint
CREATE POLICY own_all ON promise_miss_sharing FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
-- The partner may know the choice, since it decides what they are shown.
CREATE POLICY partner_read ON promise_miss_sharing FOR SELECT TO kintsugi_app
  USING (person_id IN (SELECT app_partner_ids()));
--> statement-breakpoint
-- The second lock: the partner's reads never hold a missed or repaired step unless its maker
-- shares misses, so no list, ledger or export can count them, even by difference.
DROP POLICY author_or_shared_read ON "promise_events";
--> statement-breakpoint
CREATE POLICY author_or_shared_read ON "promise_events" FOR SELECT TO kintsugi_app
  USING (author_id = app_user_id()
         OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids())
             AND (kind NOT IN ('missed', 'repaired')
                  OR author_id IN (SELECT person_id FROM promise_miss_sharing))));
