SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.good
DROP MATERIALIZED VIEW public.good;

-- hazard breaks-readers: changes which rows of t policy p lets roles see or write
DROP POLICY p ON public.t;

-- hazard breaks-readers: drops function public.ok: callers fail until it exists again
DROP FUNCTION public.ok(integer);

CREATE FUNCTION public.ok(n integer)
RETURNS boolean
LANGUAGE sql
STABLE
AS $$SELECT n > 0$$;

-- hazard scans-table: populates materialized view good by running its query
CREATE MATERIALIZED VIEW public.good AS
SELECT
  t.id,
  t.n
FROM public.t
WHERE
  public.ok(t.n);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.good; scans the table; index build
-- hazard builds-index: builds index good_id concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
CREATE UNIQUE INDEX CONCURRENTLY good_id ON public.good (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes which rows of t policy p lets roles see or write
CREATE POLICY p ON public.t USING (ok(n)) WITH CHECK (ok(id));

COMMENT ON INDEX public.good_id IS 'one row per id';

COMMENT ON MATERIALIZED VIEW public.good IS 'the good rows';

COMMENT ON POLICY p ON public.t IS 'positive';

GRANT SELECT ON TABLE public.good TO PUBLIC;
