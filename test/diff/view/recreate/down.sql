SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.named_ids
DROP VIEW public.named_ids;

-- lock: ACCESS EXCLUSIVE on public.named
DROP VIEW public.named;

CREATE VIEW public.named AS
SELECT
  users.id,
  users.name
FROM public.users;

CREATE VIEW public.named_ids AS
SELECT named.id
FROM public.named;
