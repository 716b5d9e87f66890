SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.fresh
DROP MATERIALIZED VIEW public.fresh;

-- lock: ACCESS EXCLUSIVE on public.redefined
DROP MATERIALIZED VIEW public.redefined;

-- lock: ACCESS EXCLUSIVE on public.back; rewrites the table
ALTER MATERIALIZED VIEW public.back SET ACCESS METHOD heap2;

-- lock: ACCESS EXCLUSIVE on public.kept; rewrites the table
ALTER MATERIALIZED VIEW public.kept SET ACCESS METHOD heap;

-- lock: SHARE UPDATE EXCLUSIVE on public.kept
ALTER MATERIALIZED VIEW public.kept RESET (fillfactor);

-- hazard scans-table: populates materialized view redefined by running its query
CREATE MATERIALIZED VIEW public.redefined USING heap2 AS
SELECT t.id
FROM public.t;
