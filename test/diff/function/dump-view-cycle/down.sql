SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE VIEW public.v AS
SELECT CAST(NULL AS bigint) AS c;

-- hazard breaks-readers: drops function public.f: callers fail until it exists again
DROP FUNCTION public.f();

-- lock: ACCESS EXCLUSIVE on public.v
DROP VIEW public.v;
