SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.old_users
DROP VIEW public.old_users;

CREATE VIEW public.active_users AS
SELECT
  users.id,
  users.name,
  users.active
FROM public.users
WHERE
  users.active;

CREATE VIEW public.active_names AS
SELECT active_users.name
FROM public.active_users
WHERE
  active_users.name <> '';
