SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p1
-- hazard deletes-data: drops column p1.x and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.p1 DROP COLUMN x;

-- hazard breaks-readers: drops function public.acc: callers fail until it exists again
DROP FUNCTION public.acc(anyelement, anyarray);

CREATE FUNCTION public.acc(anycompatible, anycompatible)
RETURNS anycompatible
LANGUAGE sql
AS $$SELECT least($1, $2)$$;

CREATE AGGREGATE public.agg(bigint) (
  SFUNC = public.acc,
  STYPE = bigint
);

-- hazard irreversible: re-creates table public.p, dropped by the up migration: its rows are not restored
CREATE TABLE public.p (
  a integer
)
PARTITION BY LIST (a);

-- lock: ACCESS EXCLUSIVE on public.p1
-- hazard irreversible: re-adds column p1.a, dropped by the up migration: its values are not restored
ALTER TABLE public.p1 ADD COLUMN a integer;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.p, ACCESS EXCLUSIVE on public.p1; scans the table; scans the partition to check its bound
-- hazard scans-table: scans p1 to check its rows fit the partition bound
ALTER TABLE public.p ATTACH PARTITION public.p1 FOR VALUES IN ('1');
