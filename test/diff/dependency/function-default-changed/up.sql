SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 0;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN b DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN c DROP DEFAULT;

-- hazard breaks-readers: drops function public.seed: callers fail until it exists again
DROP FUNCTION public.seed();

CREATE FUNCTION public.seed()
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT 5$$;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN b SET DEFAULT seed() + 1;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN c SET DEFAULT seed();
