SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.kinds
DROP MATERIALIZED VIEW public.kinds;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard rewrites-table: changing kind from character varying(20) to text may rewrite events under ACCESS EXCLUSIVE
ALTER TABLE public.events ALTER COLUMN kind TYPE text;

-- hazard scans-table: populates materialized view kinds by running its query
CREATE MATERIALIZED VIEW public.kinds AS
SELECT
  events.kind,
  count(*) AS n
FROM public.events
GROUP BY
  events.kind;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.kinds; scans the table; index build
-- hazard builds-index: builds index kinds_kind concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
CREATE UNIQUE INDEX CONCURRENTLY kinds_kind ON public.kinds (kind);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON MATERIALIZED VIEW public.kinds IS 'per kind';
