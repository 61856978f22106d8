-- Couples I belong to now or belonged to before. Things made together (agreements,
-- conversations) stay readable to both as history after one leaves; policies for such joint
-- items read with this, and write only with app_my_couple_ids().
CREATE FUNCTION app_my_any_couple_ids() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT DISTINCT couple_id FROM memberships WHERE person_id = app_user_id()
$$;
--> statement-breakpoint
GRANT CREATE ON SCHEMA public TO kintsugi_system;
--> statement-breakpoint
ALTER FUNCTION app_my_any_couple_ids() OWNER TO kintsugi_system;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM kintsugi_system;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_my_any_couple_ids() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_my_any_couple_ids() TO kintsugi_app, kintsugi_system;
