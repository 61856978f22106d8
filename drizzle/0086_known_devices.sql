-- Browsers a person has signed in from (decision 085): the sha256 of a long-lived random cookie
-- of that browser, nothing about the device or where it is. A sign-in from a browser not in the
-- list is a new device: it is in the owner's activity and, with mail, gets a content-free mail.
-- Only kintsugi_system reads or writes it (at sign-in no one is signed in yet).
CREATE TABLE "known_devices" (
	"person_id" uuid NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"device_hash" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("person_id", "device_hash")
);
--> statement-breakpoint
SELECT app_secure_table('known_devices');
