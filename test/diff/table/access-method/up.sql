SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.n (
  id integer
)
USING "Heap 3";

CREATE TABLE public.p2 (
  id integer
)
USING "Heap 3";

-- lock: ACCESS EXCLUSIVE on public.p1; rewrites the table
ALTER TABLE public.p1 SET ACCESS METHOD heap2;

-- lock: ACCESS EXCLUSIVE on public.t1; rewrites the table
ALTER TABLE public.t1 SET ACCESS METHOD heap2;

-- lock: ACCESS EXCLUSIVE on public.t2; rewrites the table
ALTER TABLE public.t2 SET ACCESS METHOD heap;

-- lock: ACCESS EXCLUSIVE on public.t4; rewrites the table
ALTER TABLE public.t4 SET ACCESS METHOD heap2;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.p, ACCESS EXCLUSIVE on public.p2; scans the table; scans the partition to check its bound
ALTER TABLE public.p ATTACH PARTITION public.p2 FOR VALUES FROM ('10') TO ('20');
