-- Decision 052: deleting an account erases everything its person wrote, joint items included,
-- through ON DELETE CASCADE from people. Agreements follow it (0030 had no author keys).
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "people"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE cascade;
--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE cascade;
