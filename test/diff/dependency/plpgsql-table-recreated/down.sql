SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.f: callers fail until it exists again
DROP FUNCTION public.f(public.x);

-- lock: ACCESS EXCLUSIVE on public.x
-- hazard deletes-data: drops table public.x and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.x;

-- hazard irreversible: re-creates table public.x, dropped by the up migration: its rows are not restored
CREATE TABLE public.x (
  a integer
);

CREATE FUNCTION public.f(p public.x)
RETURNS integer
LANGUAGE sql
AS $$ SELECT (p).a $$;
