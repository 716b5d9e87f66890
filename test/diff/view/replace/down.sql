SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.active_users
DROP VIEW public.active_users;

CREATE VIEW public.active_users AS
SELECT
  users.id,
  users.name
FROM public.users
WHERE
  users.active;
