-- A daily check-in must survive its space being removed (couple_id is set null then). The check
-- "shared needs a couple" would refuse that, so it goes; the code refuses sharing without a space,
-- and the read policy shows nothing with a null couple to anyone but the author.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
            WHERE conrelid = 'daily_checkins'::regclass AND contype = 'c'
              AND pg_get_constraintdef(oid) LIKE '%couple_id IS NOT NULL%'
  LOOP
    EXECUTE format('ALTER TABLE daily_checkins DROP CONSTRAINT %I', c.conname);
  END LOOP;
END $$;
