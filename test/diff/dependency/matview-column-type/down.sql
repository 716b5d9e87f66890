SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.kinds
DROP MATERIALIZED VIEW public.kinds;

-- lock: ACCESS EXCLUSIVE on public.events; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing kind from text to character varying(20) may rewrite events under ACCESS EXCLUSIVE
-- hazard may-fail: values of kind longer than 20 characters make the type change fail
-- this rewrites public.events under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.events ADD COLUMN kind_new character varying(20);  -- plus a trigger copying writes
--   2. backfill kind_new from kind in batches
--   3. in one short transaction: drop kind, rename kind_new to kind
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.events ALTER COLUMN kind TYPE character varying(20);

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
