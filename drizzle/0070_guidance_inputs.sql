-- What guidance (today's small act) must know about the person asking, in one statement: their
-- own local day, their own stance, whether their latest private safety check signalled danger,
-- whether they use Kintsugi alone, whether they have a space, and whether time apart is on in
-- it. Runs with the caller's rights, so RLS applies; every filter names the caller, so nothing
-- of the partner's is read (not even a shared stance).
CREATE FUNCTION app_guidance_inputs() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'day', (SELECT to_char((now() AT TIME ZONE time_zone)::date, 'YYYY-MM-DD') FROM people WHERE id = app_user_id()),
    'stance', (SELECT stance FROM reflection_stances WHERE author_id = app_user_id()),
    'danger', coalesce((SELECT signals_danger FROM safety_checks WHERE person_id = app_user_id()
                        ORDER BY taken_at DESC LIMIT 1), false),
    'solo', EXISTS (SELECT 1 FROM solo_modes WHERE person_id = app_user_id()),
    'space', EXISTS (SELECT 1 FROM memberships WHERE person_id = app_user_id() AND left_at IS NULL),
    'paused', EXISTS (SELECT 1 FROM space_pauses p JOIN memberships m ON m.couple_id = p.couple_id
                      WHERE m.person_id = app_user_id() AND m.left_at IS NULL
                        AND p.ended_at IS NULL AND (p.ends_at IS NULL OR p.ends_at > now()))
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_guidance_inputs() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_guidance_inputs() TO kintsugi_app, kintsugi_system;
