SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE VIEW public.active_users AS
SELECT
  users.id,
  users.name,
  users.email
FROM public.users
WHERE
  users.active
  AND users.email IS NOT NULL;
