-- "Your partner noticed a promise you kept" waits on the maker's Today until they have seen it
-- (issue 13, decision 083): opening the promises screen marks every notice up to the newest one
-- it showed. One row per person, the time they have seen up to; nothing else is kept.
CREATE TABLE "promise_notices_seen" (
	"person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"seen_through" timestamp with time zone NOT NULL
);
--> statement-breakpoint
SELECT app_secure_table('promise_notices_seen');
--> statement-breakpoint
CREATE POLICY own_only ON promise_notices_seen FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
