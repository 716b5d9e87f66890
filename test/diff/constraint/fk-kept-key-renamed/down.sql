SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
-- hazard breaks-readers: renames constraint a_pkey to a_pk: code using the old name fails once this runs
ALTER TABLE public.a RENAME CONSTRAINT a_pkey TO a_pk;

-- lock: ACCESS EXCLUSIVE on public.b_ref, ACCESS EXCLUSIVE on public.b
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.b_ref DROP CONSTRAINT b_ref_b_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.b
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.b DROP CONSTRAINT b_id_uq;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.b; scans the table; index build
-- hazard builds-index: builds index b_id_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY b_id_key ON public.b (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.b, SHARE UPDATE EXCLUSIVE on public.b_id_key; uses existing index
ALTER TABLE public.b ADD CONSTRAINT b_id_key UNIQUE USING INDEX b_id_key;

-- lock: SHARE ROW EXCLUSIVE on public.b_ref, SHARE ROW EXCLUSIVE on public.b
ALTER TABLE public.b_ref ADD CONSTRAINT b_ref_b_id_fkey FOREIGN KEY (b_id) REFERENCES public.b (id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.b_ref; scans the table; validates existing rows
-- hazard scans-table: validates b_ref_b_id_fkey against every row of b_ref
ALTER TABLE public.b_ref VALIDATE CONSTRAINT b_ref_b_id_fkey;
