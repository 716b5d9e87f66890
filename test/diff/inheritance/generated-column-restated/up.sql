SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.p
CREATE TABLE public.c (
  a integer,
  g integer,
  own integer GENERATED ALWAYS AS (a + 1) STORED
)
INHERITS (public.p);

-- lock: SHARE UPDATE EXCLUSIVE on public.c
CREATE TABLE public.cc (
  g integer,
  "G" integer
)
INHERITS (public.c);

CREATE TABLE public.q (
  x integer,
  "Y" integer GENERATED ALWAYS AS (x * 3) STORED
);

-- lock: SHARE UPDATE EXCLUSIVE on public.q
CREATE TABLE public.qc (
  "Y" integer NOT NULL
)
INHERITS (public.q);

CREATE TABLE public.r (
  a integer,
  g integer GENERATED ALWAYS AS (a * 2) STORED
)
PARTITION BY RANGE (a);

CREATE TABLE public.r1 (
  a integer,
  g integer GENERATED ALWAYS AS (a * 2) STORED
);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.r, ACCESS EXCLUSIVE on public.r1; scans the table; scans the partition to check its bound
ALTER TABLE public.r ATTACH PARTITION public.r1 FOR VALUES FROM ('0') TO ('10');
