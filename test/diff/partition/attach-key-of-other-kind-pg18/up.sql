SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.pk_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT pk_1_pkey PRIMARY KEY (a, b)
);

CREATE TABLE public.u_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT u_1_a_b_key UNIQUE (a, b)
);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u_2; scans the table; index build
-- hazard builds-index: builds index u_2_a_b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY u_2_a_b_key ON public.u_2 (a, b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u_2, SHARE UPDATE EXCLUSIVE on public.u_2_a_b_key; uses existing index
ALTER TABLE public.u_2 ADD CONSTRAINT u_2_a_b_key UNIQUE USING INDEX u_2_a_b_key;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.u, ACCESS EXCLUSIVE on public.u_2; scans the table; scans the partition to check its bound
-- hazard scans-table: scans u_2 to check its rows fit the partition bound
ALTER TABLE public.u ATTACH PARTITION public.u_2 FOR VALUES IN ('2');

-- lock: SHARE UPDATE EXCLUSIVE on public.pk, ACCESS EXCLUSIVE on public.pk_1; scans the table; scans the partition to check its bound
ALTER TABLE public.pk ATTACH PARTITION public.pk_1 FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on public.u, ACCESS EXCLUSIVE on public.u_1; scans the table; scans the partition to check its bound
ALTER TABLE public.u ATTACH PARTITION public.u_1 FOR VALUES IN ('1');

-- lock: ACCESS EXCLUSIVE on public.pk_1; scans the table; index build
ALTER TABLE public.pk_1 ADD CONSTRAINT pk_1_a_b_key UNIQUE (a, b);

-- lock: ACCESS EXCLUSIVE on public.u_1; scans the table; index build
ALTER TABLE public.u_1 ADD CONSTRAINT u_1_pkey PRIMARY KEY (a, b);
