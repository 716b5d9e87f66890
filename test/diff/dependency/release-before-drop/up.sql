SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.users
ALTER TABLE public.users ADD COLUMN email text;

CREATE OR REPLACE VIEW public.visible_users AS
SELECT
  users.id,
  users.name,
  users.email
FROM public.users;

-- lock: ACCESS EXCLUSIVE on public.old_prefs
-- hazard deletes-data: drops table public.old_prefs and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.old_prefs;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard deletes-data: drops column users.legacy_flag and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP COLUMN legacy_flag;
