SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.redefined
DROP MATERIALIZED VIEW public.redefined;

-- lock: ACCESS EXCLUSIVE on public.back; rewrites the table
ALTER MATERIALIZED VIEW public.back SET ACCESS METHOD heap;

-- hazard scans-table: populates materialized view fresh by running its query
CREATE MATERIALIZED VIEW public.fresh USING "Heap 3" AS
SELECT t.id
FROM public.t;

-- lock: ACCESS EXCLUSIVE on public.kept; rewrites the table
ALTER MATERIALIZED VIEW public.kept SET ACCESS METHOD heap2;

-- lock: SHARE UPDATE EXCLUSIVE on public.kept
ALTER MATERIALIZED VIEW public.kept SET (fillfactor=70);

-- hazard scans-table: populates materialized view redefined by running its query
CREATE MATERIALIZED VIEW public.redefined USING heap2 AS
SELECT
  t.id,
  t.id + 1 AS next
FROM public.t;
