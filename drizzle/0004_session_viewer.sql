-- The first step of every signed-in request in one statement: resolve a session token hash to
-- its person and answer that person (the viewer), honouring the idle (14 days) and absolute
-- (expires_at) timeouts and touching last_seen_at at most once a minute, as app_session_user
-- does. No row when the session is unknown or expired.
CREATE FUNCTION app_session_viewer(p_token_hash text)
RETURNS TABLE (id uuid, email text, display_name text, time_zone text, created_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  s record;
BEGIN
  SELECT ss.id, ss.person_id, ss.last_seen_at INTO s FROM sessions ss
   WHERE ss.token_hash = p_token_hash AND ss.expires_at > now() AND ss.last_seen_at > now() - interval '14 days';
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF s.last_seen_at < now() - interval '1 minute' THEN
    UPDATE sessions SET last_seen_at = now() WHERE sessions.id = s.id;
  END IF;
  RETURN QUERY SELECT p.id, p.email, p.display_name, p.time_zone, p.created_at FROM people p WHERE p.id = s.person_id;
END $$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_session_viewer(text) OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_session_viewer(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_session_viewer(text) TO kintsugi_app, kintsugi_system;
