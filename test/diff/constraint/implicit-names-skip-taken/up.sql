SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p2
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.p2 ADD CONSTRAINT p2_a_not_null_check CHECK (a IS NOT NULL) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p2; scans the table; index build
-- hazard builds-index: builds index p2_pkey1 concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p2_pkey1 ON public.p2 (a);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.tt9; scans the table; index build
-- hazard builds-index: builds index tt9_c_key2 concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY tt9_c_key2 ON public.tt9 (c);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.tt9, SHARE UPDATE EXCLUSIVE on public.tt9_c_key2; uses existing index
ALTER TABLE public.tt9 ADD CONSTRAINT tt9_c_key2 UNIQUE USING INDEX tt9_c_key2;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u1; scans the table; index build
-- hazard builds-index: builds index u1_a_key1 concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY u1_a_key1 ON public.u1 (a);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u1, SHARE UPDATE EXCLUSIVE on public.u1_a_key1; uses existing index
ALTER TABLE public.u1 ADD CONSTRAINT u1_a_key1 UNIQUE USING INDEX u1_a_key1;

-- lock: ACCESS EXCLUSIVE on public.x1; scans the table; index build
-- hazard scans-table: validates x1_a_excl1 against every row of x1
-- pgshift-ignore: adding-exclusion-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.x1 ADD CONSTRAINT x1_a_excl1 EXCLUDE USING btree (a WITH =);

-- lock: SHARE ROW EXCLUSIVE on public.f1
ALTER TABLE public.f1 ADD CONSTRAINT f1_b_fkey1 FOREIGN KEY (b) REFERENCES public.f1 (a) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.p2; scans the table; validates existing rows
ALTER TABLE public.p2 VALIDATE CONSTRAINT p2_a_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.f1; scans the table; validates existing rows
-- hazard scans-table: validates f1_b_fkey1 against every row of f1
ALTER TABLE public.f1 VALIDATE CONSTRAINT f1_b_fkey1;

-- lock: ACCESS EXCLUSIVE on public.p2
-- uses the validated check: no table scan
ALTER TABLE public.p2 ALTER COLUMN a SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.p2
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.p2 DROP CONSTRAINT p2_a_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.p2, SHARE UPDATE EXCLUSIVE on public.p2_pkey1; uses existing index
ALTER TABLE public.p2 ADD CONSTRAINT p2_pkey1 PRIMARY KEY USING INDEX p2_pkey1;
