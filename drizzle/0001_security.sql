-- Roles, row-level security and the few narrow functions that may look across people.
-- kintsugi_app: every signed-in request runs as this role with app.user_id set.
-- kintsugi_system: sign-up, sign-in and invite redemption; owns the definer functions below.
-- Neither role is an owner, a superuser, or may bypass RLS. RLS is FORCED on every table.
DO $$
BEGIN
  BEGIN
    CREATE ROLE kintsugi_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
  BEGIN
    CREATE ROLE kintsugi_system NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'kintsugi_app', 'MEMBER') THEN
    EXECUTE format('GRANT kintsugi_app TO %I', current_user);
  END IF;
  IF NOT pg_has_role(current_user, 'kintsugi_system', 'MEMBER') THEN
    EXECUTE format('GRANT kintsugi_system TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO kintsugi_app, kintsugi_system;
--> statement-breakpoint
-- Every user table goes through this: RLS enabled and forced, and the two roles granted.
CREATE FUNCTION app_secure_table(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO kintsugi_app, kintsugi_system', tbl);
  EXECUTE format('CREATE POLICY system_all ON %s TO kintsugi_system USING (true) WITH CHECK (true)', tbl);
END $$;
--> statement-breakpoint
SELECT app_secure_table(t) FROM unnest(ARRAY['people', 'sessions', 'couples', 'memberships', 'invites']::regclass[]) AS t;
--> statement-breakpoint
-- After COMMIT the setting reads '' rather than NULL, hence nullif.
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('app.user_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE FUNCTION app_my_couple_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT couple_id FROM memberships WHERE person_id = app_user_id() AND left_at IS NULL
$$;
--> statement-breakpoint
CREATE FUNCTION app_partner_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT m.person_id FROM memberships m
  WHERE m.left_at IS NULL AND m.person_id <> app_user_id()
    AND m.couple_id IN (SELECT couple_id FROM memberships WHERE person_id = app_user_id() AND left_at IS NULL)
$$;
--> statement-breakpoint
CREATE FUNCTION app_can_found(p_couple uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM couples WHERE id = p_couple AND created_by = app_user_id())
     AND NOT EXISTS (SELECT 1 FROM memberships WHERE couple_id = p_couple)
$$;
--> statement-breakpoint
-- Resolves a session token hash to its person, honouring the idle (14 days) and absolute
-- (expires_at) timeouts; touches last_seen_at at most once a minute.
CREATE FUNCTION app_session_user(p_token_hash text) RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  s record;
BEGIN
  SELECT id, person_id, last_seen_at INTO s FROM sessions
   WHERE token_hash = p_token_hash AND expires_at > now() AND last_seen_at > now() - interval '14 days';
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  IF s.last_seen_at < now() - interval '1 minute' THEN
    UPDATE sessions SET last_seen_at = now() WHERE id = s.id;
  END IF;
  RETURN s.person_id;
END $$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_my_couple_ids() OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_partner_ids() OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_can_found(uuid) OWNER TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_session_user(text) OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_my_couple_ids(), app_partner_ids(), app_can_found(uuid), app_session_user(text), app_secure_table(regclass) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_user_id(), app_my_couple_ids(), app_partner_ids(), app_can_found(uuid), app_session_user(text) TO kintsugi_app, kintsugi_system;
--> statement-breakpoint
CREATE POLICY self_or_partner_read ON people FOR SELECT TO kintsugi_app
  USING (id = app_user_id() OR id IN (SELECT app_partner_ids()));
--> statement-breakpoint
CREATE POLICY self_update ON people FOR UPDATE TO kintsugi_app
  USING (id = app_user_id()) WITH CHECK (id = app_user_id());
--> statement-breakpoint
CREATE POLICY self_delete ON people FOR DELETE TO kintsugi_app USING (id = app_user_id());
--> statement-breakpoint
CREATE POLICY own_sessions ON sessions FOR ALL TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
CREATE POLICY member_read ON couples FOR SELECT TO kintsugi_app USING (id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY founder_insert ON couples FOR INSERT TO kintsugi_app WITH CHECK (created_by = app_user_id());
--> statement-breakpoint
CREATE POLICY member_read ON memberships FOR SELECT TO kintsugi_app
  USING (person_id = app_user_id() OR couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY founder_insert ON memberships FOR INSERT TO kintsugi_app
  WITH CHECK (person_id = app_user_id() AND app_can_found(couple_id));
--> statement-breakpoint
CREATE POLICY self_update ON memberships FOR UPDATE TO kintsugi_app
  USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
CREATE POLICY member_read ON invites FOR SELECT TO kintsugi_app USING (couple_id IN (SELECT app_my_couple_ids()));
--> statement-breakpoint
CREATE POLICY member_insert ON invites FOR INSERT TO kintsugi_app
  WITH CHECK (couple_id IN (SELECT app_my_couple_ids()) AND created_by = app_user_id());
--> statement-breakpoint
CREATE POLICY member_update ON invites FOR UPDATE TO kintsugi_app
  USING (couple_id IN (SELECT app_my_couple_ids())) WITH CHECK (couple_id IN (SELECT app_my_couple_ids()));
