SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.f: callers fail until it exists again
DROP FUNCTION public.f(public.x);

-- hazard breaks-readers: drops function public.g: callers fail until it exists again
DROP FUNCTION public.g(public.y);

-- hazard may-fail: drops pair to create it again with another definition: fails while columns or other objects use it
DROP TYPE public.pair;

-- hazard may-fail: drops y to create it again with another definition: fails while columns or other objects use it
DROP DOMAIN public.y;

-- lock: ACCESS EXCLUSIVE on public.x
-- hazard deletes-data: drops table public.x and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.x;

CREATE TABLE public.x (
  a integer
)
PARTITION BY RANGE (a);

CREATE TYPE public.pair AS (l public.x, r public.x[]);

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN public.y AS public.x CONSTRAINT y_check CHECK ((value).a > 0);

CREATE FUNCTION public.f(p public.x)
RETURNS SETOF public.x
LANGUAGE sql
AS $$ SELECT p $$;

CREATE FUNCTION public.g(p public.y)
RETURNS integer
LANGUAGE sql
AS $$ SELECT (p).a $$;

COMMENT ON TYPE public.y IS 'a positive x';
