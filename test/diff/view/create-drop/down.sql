SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.active_names
DROP VIEW public.active_names;

-- lock: ACCESS EXCLUSIVE on public.active_users
DROP VIEW public.active_users;

CREATE VIEW public.old_users AS
SELECT users.id
FROM public.users
WHERE
  NOT (users.active);
