SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA s;

CREATE TABLE public.pk (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT pk_pkey PRIMARY KEY (a, b)
)
PARTITION BY LIST (a);

CREATE TABLE public.pk_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT pk_1_pkey PRIMARY KEY (a, b)
);

CREATE TABLE public.ref (
  a integer,
  b integer
);

CREATE TABLE public.u (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT u_a_b_key UNIQUE (a, b)
)
PARTITION BY LIST (a);

CREATE TABLE public.u_1 (
  a integer NOT NULL,
  b integer NOT NULL,
  CONSTRAINT u_1_a_b_key UNIQUE (a, b)
);

CREATE TABLE public.ui (
  a integer NOT NULL,
  b integer NOT NULL
)
PARTITION BY LIST (a);

CREATE TABLE public.ui_1 (
  a integer NOT NULL,
  b integer NOT NULL
);

CREATE TABLE s.foobar (
  foo character varying(255) NOT NULL,
  bar timestamp with time zone NOT NULL,
  fizz timestamp with time zone,
  CONSTRAINT foobar_foo_bar_key UNIQUE (foo, bar)
)
PARTITION BY LIST (foo);

CREATE TABLE s.foobar_1 (
  foo character varying(255) NOT NULL,
  bar timestamp with time zone NOT NULL,
  fizz timestamp with time zone NOT NULL,
  CONSTRAINT foobar_1_foo_bar_key UNIQUE (foo, bar)
);

-- lock: SHARE on public.ui_1; scans the table; index build
CREATE UNIQUE INDEX ui_1_a_b_idx ON public.ui_1 (a, b);

-- lock: SHARE on public.ui_1; scans the table; index build
CREATE INDEX ui_1_b_idx ON public.ui_1 (b);

-- lock: SHARE on s.foobar_1; scans the table; index build
CREATE INDEX foobar_1_local_idx ON s.foobar_1 (foo, bar);

-- lock: SHARE on public.ui; scans the table; index build
CREATE UNIQUE INDEX ui_a_b ON public.ui (a, b);

-- lock: SHARE on public.ui; scans the table; index build
CREATE INDEX ui_b ON public.ui (b);

-- lock: SHARE on s.foobar; scans the table; index build
CREATE INDEX foobar_normal_idx ON s.foobar (foo, bar);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.pk, ACCESS EXCLUSIVE on public.pk_1; scans the table; scans the partition to check its bound
ALTER TABLE public.pk ATTACH PARTITION public.pk_1 FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on public.u, ACCESS EXCLUSIVE on public.u_1; scans the table; scans the partition to check its bound
ALTER TABLE public.u ATTACH PARTITION public.u_1 FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on public.ui, ACCESS EXCLUSIVE on public.ui_1; scans the table; scans the partition to check its bound
ALTER TABLE public.ui ATTACH PARTITION public.ui_1 FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on s.foobar, ACCESS EXCLUSIVE on s.foobar_1; scans the table; scans the partition to check its bound
ALTER TABLE s.foobar ATTACH PARTITION s.foobar_1 FOR VALUES IN ('a', 'b');

-- lock: ACCESS EXCLUSIVE on public.pk_1; scans the table; index build
ALTER TABLE public.pk_1 ADD CONSTRAINT pk_1_a_b_key UNIQUE (a, b);

-- lock: ACCESS EXCLUSIVE on public.u_1; scans the table; index build
ALTER TABLE public.u_1 ADD CONSTRAINT u_1_a_b_key1 UNIQUE (a, b);

-- lock: ACCESS EXCLUSIVE on public.ui_1; scans the table; index build
ALTER TABLE public.ui_1 ADD CONSTRAINT ui_1_pkey PRIMARY KEY (a, b);

-- lock: ACCESS EXCLUSIVE on s.foobar_1; scans the table; index build
ALTER TABLE s.foobar_1 ADD CONSTRAINT foobar_1_pkey PRIMARY KEY (foo, bar);

-- lock: SHARE on public.ui_1; scans the table; index build
CREATE INDEX ui_1_own_b ON public.ui_1 (b);

-- lock: SHARE ROW EXCLUSIVE on public.ref, SHARE ROW EXCLUSIVE on public.ui_1; scans the table; validates existing rows
ALTER TABLE public.ref ADD CONSTRAINT ref_a_b_fkey FOREIGN KEY (a, b) REFERENCES public.ui_1 (a, b);
