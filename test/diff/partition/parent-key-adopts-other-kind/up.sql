SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.ui (
  a integer NOT NULL,
  b integer NOT NULL
)
PARTITION BY LIST (a);

CREATE TABLE public.ui_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT ui_1_pkey PRIMARY KEY (a, b)
);

CREATE TABLE public.v (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT v_a_b_key UNIQUE (a, b)
)
PARTITION BY LIST (a);

CREATE TABLE public.v_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT v_1_a_b_key UNIQUE (a, b)
);

-- lock: ACCESS EXCLUSIVE on public.pk, SHARE on its partition public.pk_1; scans the table; index build
-- hazard builds-index: builds the index of pk_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.pk ADD CONSTRAINT pk_pkey PRIMARY KEY (a, b);

-- lock: ACCESS EXCLUSIVE on public.u, SHARE on its partition public.u_1; scans the table; index build
-- hazard builds-index: builds the index of u_a_b_key; fails on duplicates
-- pgshift-ignore: disallowed-unique-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.u ADD CONSTRAINT u_a_b_key UNIQUE (a, b);

-- lock: SHARE on public.v_1; scans the table; index build
CREATE UNIQUE INDEX v_1_b_a_idx ON public.v_1 (b, a);

-- lock: SHARE on public.ui; scans the table; index build
CREATE UNIQUE INDEX ui_a_b ON public.ui (a, b);

-- lock: SHARE on public.v; scans the table; index build
CREATE UNIQUE INDEX v_b_a ON public.v (b, a);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.ui, ACCESS EXCLUSIVE on public.ui_1; scans the table; scans the partition to check its bound
ALTER TABLE public.ui ATTACH PARTITION public.ui_1 FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on public.v, ACCESS EXCLUSIVE on public.v_1; scans the table; scans the partition to check its bound
ALTER TABLE public.v ATTACH PARTITION public.v_1 FOR VALUES IN ('1');

-- lock: ACCESS EXCLUSIVE on public.v_1; scans the table; index build
ALTER TABLE public.v_1 ADD CONSTRAINT v_1_pkey PRIMARY KEY (a, b);

-- lock: ACCESS EXCLUSIVE on public.v_1; scans the table; index build
ALTER TABLE public.v_1 ADD CONSTRAINT v_1_b_a_key UNIQUE (b, a);
