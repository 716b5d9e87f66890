SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_code;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_code concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_code ON public.t (code);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_id concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_id ON public.t (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON INDEX public.t_code IS 'codes are unique';

COMMENT ON INDEX public.t_id IS 'ids are unique';
