SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.m2 (
  id integer NOT NULL,
  u integer DEFAULT 1,
  v text,
  CONSTRAINT "m2 positive" CHECK (u > 0),
  CONSTRAINT m2_range CHECK (id >= 10),
  CONSTRAINT m2_v_key UNIQUE (v)
);

-- lock: ACCESS EXCLUSIVE on public.m1
ALTER TABLE public.m1 ALTER COLUMN u SET DEFAULT 0;

-- lock: ACCESS EXCLUSIVE on public.m1
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.m1 ADD CONSTRAINT m1_v_not_null_check CHECK (v IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.m1
ALTER TABLE public.m1 ADD CONSTRAINT m1_u_check CHECK (u >= 0) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.m1; scans the table; validates existing rows
ALTER TABLE public.m1 VALIDATE CONSTRAINT m1_v_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.m1; scans the table; validates existing rows
-- hazard scans-table: validates m1_u_check against every row of m1
ALTER TABLE public.m1 VALIDATE CONSTRAINT m1_u_check;

-- lock: ACCESS EXCLUSIVE on public.m1
-- uses the validated check: no table scan
ALTER TABLE public.m1 ALTER COLUMN v SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.m1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.m1 DROP CONSTRAINT m1_v_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.m, ACCESS EXCLUSIVE on public.m2; scans the table; scans the partition to check its bound
ALTER TABLE public.m ATTACH PARTITION public.m2 FOR VALUES FROM ('10') TO ('20');
