SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates table public.gone, dropped by the up migration: its rows are not restored
CREATE TABLE public.gone (
  id integer
);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.a; scans the table; index build
-- hazard builds-index: builds index a_x concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY a_x ON public.a (x);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a, SHARE on public.a_x
ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_x;

-- lock: ACCESS EXCLUSIVE on public.gone
ALTER TABLE public.gone REPLICA IDENTITY FULL;
