SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.mv2
DROP MATERIALIZED VIEW public.mv2;

-- lock: ACCESS EXCLUSIVE on public.mv3
DROP MATERIALIZED VIEW public.mv3;

-- hazard scans-table: populates materialized view mv2 by running its query
CREATE MATERIALIZED VIEW public.mv2 AS
SELECT t.a
FROM public.t;

-- lock: ACCESS EXCLUSIVE on public.mv1
ALTER MATERIALIZED VIEW public.mv1 ALTER COLUMN a SET COMPRESSION default;

-- lock: ACCESS EXCLUSIVE on public.mv1
ALTER MATERIALIZED VIEW public.mv1 ALTER COLUMN b SET COMPRESSION pglz;

-- lock: ACCESS EXCLUSIVE on public.mv2
ALTER MATERIALIZED VIEW public.mv2 ALTER COLUMN a SET COMPRESSION pglz;
