SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.pk_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT pk_1_a_b_key UNIQUE (a, b)
);

CREATE TABLE public.u_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT u_1_pkey PRIMARY KEY (a, b)
);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.pk, ACCESS EXCLUSIVE on public.pk_1; scans the table; scans the partition to check its bound
ALTER TABLE public.pk ATTACH PARTITION public.pk_1 FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on public.u, ACCESS EXCLUSIVE on public.u_1; scans the table; scans the partition to check its bound
ALTER TABLE public.u ATTACH PARTITION public.u_1 FOR VALUES IN ('1');
