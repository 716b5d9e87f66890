SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.visible_users
DROP VIEW public.visible_users;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard deletes-data: drops column users.email and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP COLUMN email;

-- hazard irreversible: re-creates table public.old_prefs, dropped by the up migration: its rows are not restored
CREATE TABLE public.old_prefs (
  user_id integer,
  pref text
);

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard irreversible: re-adds column users.legacy_flag, dropped by the up migration: its values are not restored
ALTER TABLE public.users ADD COLUMN legacy_flag boolean;

CREATE VIEW public.visible_users AS
SELECT
  users.id,
  users.name
FROM public.users
WHERE
  NOT (users.legacy_flag)
  AND users.id IN (SELECT old_prefs.user_id AS user_id
FROM public.old_prefs);
