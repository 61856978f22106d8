-- What the suggested focus may be computed from, for the person asking: their own latest
-- reflection and stance, what their partner SHARED (latest per pattern), the couple's stage
-- statuses, and the partner's name. Runs with the caller's rights, so RLS applies as well;
-- the explicit filters repeat the policies so it never widens even if run by another role.
CREATE FUNCTION app_focus_inputs() RETURNS jsonb LANGUAGE sql STABLE AS $$
  WITH visible AS (
    SELECT author_id, pattern, level, taken_at FROM reflection_patterns
    WHERE author_id = app_user_id()
       OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids()) AND author_id IN (SELECT app_partner_ids()))
  ), latest AS (
    SELECT DISTINCT ON (author_id, pattern) author_id, pattern, level FROM visible
    ORDER BY author_id, pattern, taken_at DESC
  )
  SELECT jsonb_build_object(
    'levels', coalesce((SELECT jsonb_agg(jsonb_build_object('mine', author_id = app_user_id(), 'pattern', pattern, 'level', level)) FROM latest), '[]'::jsonb),
    'stances', coalesce((SELECT jsonb_agg(jsonb_build_object('mine', author_id = app_user_id(), 'stance', stance)) FROM reflection_stances
        WHERE author_id = app_user_id()
           OR (visibility = 'shared' AND couple_id IN (SELECT app_my_couple_ids()) AND author_id IN (SELECT app_partner_ids()))), '[]'::jsonb),
    'statuses', coalesce((SELECT jsonb_object_agg(stage, status) FROM path_stages WHERE couple_id IN (SELECT app_my_couple_ids())), '{}'::jsonb),
    'partner', (SELECT display_name FROM people WHERE id IN (SELECT app_partner_ids()) LIMIT 1)
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_focus_inputs() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_focus_inputs() TO kintsugi_app, kintsugi_system;
