SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ev, ACCESS EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late)
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.ev ADD CONSTRAINT ev_id_not_null_check CHECK (id IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.ev, ACCESS EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late)
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.ev ADD CONSTRAINT ev_kind_not_null_check CHECK (kind IS NOT NULL) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_b1; scans the table; index build
-- hazard builds-index: builds index ev_b1_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY ev_b1_pkey ON public.ev_b1 (kind, id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_a; scans the table; index build
-- hazard builds-index: builds index ev_a_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY ev_a_pkey ON public.ev_a (kind, id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.ev_late; scans the table; index build
-- hazard builds-index: builds index ev_late_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY ev_late_pkey ON public.ev_late (kind, id);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.ev, SHARE UPDATE EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late); scans the table; validates existing rows
ALTER TABLE public.ev VALIDATE CONSTRAINT ev_id_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.ev, SHARE UPDATE EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late); scans the table; validates existing rows
ALTER TABLE public.ev VALIDATE CONSTRAINT ev_kind_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.ev, ACCESS EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late)
-- uses the validated check: no table scan
ALTER TABLE public.ev ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.ev, ACCESS EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.ev DROP CONSTRAINT ev_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.ev, ACCESS EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late)
-- uses the validated check: no table scan
ALTER TABLE public.ev ALTER COLUMN kind SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.ev, ACCESS EXCLUSIVE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.ev DROP CONSTRAINT ev_kind_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.ev_b1, SHARE UPDATE EXCLUSIVE on public.ev_b1_pkey; uses existing index
ALTER TABLE public.ev_b1 ADD CONSTRAINT ev_b1_pkey PRIMARY KEY USING INDEX ev_b1_pkey;

-- lock: ACCESS EXCLUSIVE on public.ev_a, SHARE UPDATE EXCLUSIVE on public.ev_a_pkey; uses existing index
ALTER TABLE public.ev_a ADD CONSTRAINT ev_a_pkey PRIMARY KEY USING INDEX ev_a_pkey;

-- lock: ACCESS EXCLUSIVE on public.ev_b, SHARE on its partition public.ev_b1; scans the table; index build
-- hazard builds-index: builds the index of ev_b_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.ev_b ADD CONSTRAINT ev_b_pkey PRIMARY KEY (kind, id);

-- lock: ACCESS EXCLUSIVE on public.ev_late, SHARE UPDATE EXCLUSIVE on public.ev_late_pkey; uses existing index
ALTER TABLE public.ev_late ADD CONSTRAINT ev_late_pkey PRIMARY KEY USING INDEX ev_late_pkey;

-- lock: ACCESS EXCLUSIVE on public.ev, SHARE on its 4 partitions (public.ev_a, public.ev_b, public.ev_b1, public.ev_late); scans the table; index build
-- hazard builds-index: builds the index of ev_pk; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.ev ADD CONSTRAINT ev_pk PRIMARY KEY (kind, id);
