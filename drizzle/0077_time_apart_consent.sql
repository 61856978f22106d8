-- Time apart with consent (issue 12): only the partner who asked ends it early; an end date
-- ends it by itself (read as a fact of time: ends_at <= now() is over, see app_sharing_open).
-- Either partner may still start one, and leaving the space stays open to both.
DROP POLICY member_all ON space_pauses;
--> statement-breakpoint
CREATE POLICY member_read ON space_pauses FOR SELECT TO kintsugi_app
  USING (couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Only as myself: a pause names who asked, so nobody can start one in the other's name.
CREATE POLICY member_start ON space_pauses FOR INSERT TO kintsugi_app
  WITH CHECK (started_by = app_user_id() AND couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
-- Ending: the one who asked, at any time; anyone in the space may only write down that a
-- lapsed pause ended at its own end date (so a new one can start).
CREATE POLICY starter_or_lapsed_end ON space_pauses FOR UPDATE TO kintsugi_app
  USING (couple_id IN (SELECT app_my_couple_ids())
         AND (started_by = app_user_id() OR ends_at <= now()))
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids())
              AND (started_by = app_user_id() OR (ends_at <= now() AND ended_at = ends_at)));
