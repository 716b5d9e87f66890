-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_code_uq;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_id_uq;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u
DROP INDEX CONCURRENTLY public.u_ab;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_pk concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_pk ON public.t (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t; scans the table; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_pk;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_code_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_code_key ON public.t (code);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_key DEFERRABLE INITIALLY DEFERRED;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u; scans the table; index build
-- hazard builds-index: builds index u_ab concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY u_ab ON public.u (a, b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u; scans the table; uses existing index
ALTER TABLE public.u ADD CONSTRAINT u_ab PRIMARY KEY USING INDEX u_ab;
