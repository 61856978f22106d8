-- The app lock for shared devices (issue 15, decision 132). A person may set a PIN or passphrase
-- (argon2id, like passwords) that opens the app on a device where their session is locked, an
-- idle time after which a session locks by itself, and what the quick exit does (sign out, the
-- default, or lock). The lock is a state of the session on the server: while `locked_at` is set,
-- the request gate refuses everything but unlocking, locking and signing out.
CREATE TABLE "app_locks" (
	"person_id" uuid PRIMARY KEY NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"secret_hash" text NOT NULL,
	"idle_minutes" integer,
	"quick_exit" text DEFAULT 'sign-out' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_locks_idle_check" CHECK (idle_minutes IS NULL OR idle_minutes IN (1, 5, 15, 30, 60)),
	CONSTRAINT "app_locks_quick_exit_check" CHECK (quick_exit IN ('sign-out', 'lock'))
);
--> statement-breakpoint
SELECT app_secure_table('app_locks');
--> statement-breakpoint
CREATE POLICY own_only ON app_locks FOR ALL TO kintsugi_app
	USING (person_id = app_user_id()) WITH CHECK (person_id = app_user_id());
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "locked_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "unlock_failures" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- As before (0004), plus the lock: the viewer now says whether this session is locked and what
-- the person chose for the lock. A session whose person set an idle time and that sent no
-- request for that long plus a minute (last_seen_at is touched at most once a minute) is locked
-- here, on the server, even when no page was open to notice: the page locks on the minute
-- itself; this is the backstop for a closed tab or a sleeping phone.
DROP FUNCTION app_session_viewer(text);
--> statement-breakpoint
CREATE FUNCTION app_session_viewer(p_token_hash text)
RETURNS TABLE (id uuid, email text, display_name text, time_zone text, created_at timestamptz,
               locked boolean, lock_idle_minutes integer, lock_quick_exit text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
  s record;
  l record;
  is_locked boolean;
BEGIN
  SELECT ss.id, ss.person_id, ss.last_seen_at, ss.locked_at INTO s FROM sessions ss
   WHERE ss.token_hash = p_token_hash AND ss.expires_at > now() AND ss.last_seen_at > now() - interval '14 days';
  IF NOT FOUND THEN
    RETURN;
  END IF;
  SELECT al.idle_minutes, al.quick_exit INTO l FROM app_locks al WHERE al.person_id = s.person_id;
  is_locked := s.locked_at IS NOT NULL;
  IF NOT is_locked AND l.idle_minutes IS NOT NULL
     AND s.last_seen_at < now() - make_interval(mins => l.idle_minutes + 1) THEN
    UPDATE sessions SET locked_at = now() WHERE sessions.id = s.id;
    is_locked := true;
  END IF;
  IF s.last_seen_at < now() - interval '1 minute' THEN
    UPDATE sessions SET last_seen_at = now() WHERE sessions.id = s.id;
  END IF;
  RETURN QUERY SELECT p.id, p.email, p.display_name, p.time_zone, p.created_at,
                      is_locked, l.idle_minutes, l.quick_exit
                 FROM people p WHERE p.id = s.person_id;
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
