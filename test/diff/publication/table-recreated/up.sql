SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.measurements
-- hazard deletes-data: drops table public.measurements and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.measurements;

-- lock: SHARE UPDATE EXCLUSIVE on public.parent
CREATE TABLE public.child_b ()
INHERITS (public.parent);

CREATE TABLE public.measurements (
  id integer,
  at date NOT NULL,
  v integer
)
PARTITION BY RANGE (at);

CREATE TABLE public.measurements_2024 (
  id integer,
  at date NOT NULL,
  v integer
);

ALTER PUBLICATION p SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = true);

-- lock: SHARE UPDATE EXCLUSIVE on public.child_b
ALTER PUBLICATION p ADD TABLE ONLY public.child_b;

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements
ALTER PUBLICATION p ADD TABLE ONLY public.measurements (id, at) WHERE (v > 0);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements, ACCESS EXCLUSIVE on public.measurements_2024; scans the table; scans the partition to check its bound
ALTER TABLE public.measurements ATTACH PARTITION public.measurements_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
