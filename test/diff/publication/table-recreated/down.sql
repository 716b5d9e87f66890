SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.child_b
-- hazard deletes-data: drops table public.child_b and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.child_b;

-- lock: ACCESS EXCLUSIVE on public.measurements
-- hazard deletes-data: drops table public.measurements and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.measurements;

-- hazard irreversible: re-creates table public.measurements, dropped by the up migration: its rows are not restored
CREATE TABLE public.measurements (
  id integer,
  at date NOT NULL,
  v integer
);

ALTER PUBLICATION p SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

-- lock: SHARE UPDATE EXCLUSIVE on public.measurements
ALTER PUBLICATION p ADD TABLE ONLY public.measurements (id, at) WHERE (v > 0);
