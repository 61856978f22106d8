-- Decision 052 (revised): one person's choice never erases or rewrites the other's words. A
-- closed account's `people` row stays as a tombstone (no email, name or password), so no foreign
-- key from a row another person wrote can take that row with it. Keys that name a second person,
-- or that hold up rows written by others, now RESTRICT; a person's own rows (one person column,
-- nothing of anyone else's hanging off them) still CASCADE, and app_close_account() erases them.
-- No existing row is touched here: only the actions of the keys change.
ALTER TABLE "people" ADD COLUMN "closed_at" timestamp with time zone;
--> statement-breakpoint
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT c.conrelid::regclass AS tbl, c.conname, a.attname
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = 'people'::regclass
       AND (c.conrelid::regclass::text, a.attname::text) IN (VALUES
         ('couples', 'created_by'), ('memberships', 'person_id'), ('invites', 'created_by'),
         ('letters', 'author_id'), ('letters', 'recipient_id'),
         ('conversations', 'started_by'), ('conversations', 'speaker_id'), ('conversations', 'listener_id'),
         ('conversation_turns', 'author_id'),
         ('ownership_statements', 'author_id'), ('ownership_statements', 'recipient_id'),
         ('ownership_versions', 'author_id'),
         ('agreements', 'created_by'), ('agreement_versions', 'author_id'), ('agreement_events', 'author_id'),
         ('promises', 'author_id'), ('weekly_checkins', 'author_id'))
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I FOREIGN KEY (%I) REFERENCES people(id) ON DELETE RESTRICT',
                   r.tbl, r.conname, r.attname);
  END LOOP;
END $$;
--> statement-breakpoint
-- Erasing a closed account's words in rows the app's roles may otherwise never change.
GRANT DELETE ON "promise_events" TO kintsugi_system;
--> statement-breakpoint
GRANT UPDATE ("title", "daily_life", "why_safe") ON "agreement_versions" TO kintsugi_system;
--> statement-breakpoint
GRANT UPDATE ("note") ON "agreement_events" TO kintsugi_system;
--> statement-breakpoint
-- Closes the signed-in person's account, in the caller's transaction (never half done):
-- 1. what the other never had, or no longer reads once the space closed, goes: letters written,
--    answers given, weekly answers (blanked: the other's replies hang off them);
-- 2. inside things made together the words become `p_removed`: conversation turns and an own
--    question, ownership statements, agreement versions nobody accepted, notes on steps. The
--    words of an agreement version both accepted are joint and stay;
-- 3. every row keyed on the person by a cascading key goes (found in pg_catalog, so a table
--    added later is erased too); keys that set null are set null;
-- 4. the person row becomes a tombstone: no email, name (`p_name` instead) or password.
CREATE FUNCTION app_close_account(p_removed text, p_name text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  me uuid := app_user_id();
  r record;
BEGIN
  IF me IS NULL THEN
    RAISE EXCEPTION 'no signed-in person';
  END IF;
  DELETE FROM letters WHERE author_id = me;
  DELETE FROM ownership_answers WHERE author_id = me;
  UPDATE weekly_checkins SET appreciated = '', hard = '', need = '', agreements = '', together = ''
   WHERE author_id = me;
  UPDATE conversation_turns SET body = p_removed WHERE author_id = me AND body <> '';
  UPDATE conversations SET own_question = p_removed WHERE started_by = me AND own_question IS NOT NULL;
  UPDATE ownership_versions SET what_i_did = p_removed, how_it_hurt = p_removed, what_i_will_do = p_removed
   WHERE author_id = me;
  UPDATE agreement_versions v SET title = p_removed, daily_life = p_removed, why_safe = p_removed
   WHERE v.author_id = me
     AND NOT EXISTS (SELECT 1 FROM agreement_events e
                      WHERE e.agreement_id = v.agreement_id AND e.version = v.number AND e.kind = 'accepted');
  UPDATE agreement_events SET note = p_removed WHERE author_id = me AND note IS NOT NULL;
  FOR r IN
    SELECT c.conrelid::regclass AS tbl, a.attname, c.confdeltype
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = 'people'::regclass AND cardinality(c.conkey) = 1
       AND c.confdeltype IN ('c', 'n')
  LOOP
    IF r.confdeltype = 'c' THEN
      EXECUTE format('DELETE FROM %s WHERE %I = $1', r.tbl, r.attname) USING me;
    ELSE
      EXECUTE format('UPDATE %s SET %I = NULL WHERE %I = $1', r.tbl, r.attname, r.attname) USING me;
    END IF;
  END LOOP;
  UPDATE people
     SET email = 'closed-' || id || '@closed.invalid', display_name = p_name, password_hash = '',
         time_zone = 'UTC', closed_at = now(), password_changed_at = now()
   WHERE id = me;
END $$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_close_account(text, text) OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_close_account(text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_close_account(text, text) TO kintsugi_app;
