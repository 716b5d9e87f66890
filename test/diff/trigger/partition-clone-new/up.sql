SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.q, ACCESS EXCLUSIVE on public.q2
-- hazard breaks-readers: rows of q2 disappear from q
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.q DETACH PARTITION public.q2;

CREATE TABLE public.m3 (
  id integer
);

-- lock: SHARE ROW EXCLUSIVE on public.m
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER t1 AFTER INSERT OR UPDATE ON public.m
FOR EACH ROW
EXECUTE FUNCTION public.f();

-- lock: SHARE ROW EXCLUSIVE on public.m, SHARE ROW EXCLUSIVE on its 2 partitions (public.m1, public.m2)
ALTER TABLE public.m DISABLE TRIGGER t1;

-- lock: SHARE ROW EXCLUSIVE on public.m2
ALTER TABLE public.m2 ENABLE TRIGGER t1;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.m, ACCESS EXCLUSIVE on public.m3; scans the table; scans the partition to check its bound
ALTER TABLE public.m ATTACH PARTITION public.m3 FOR VALUES IN ('3');

-- lock: SHARE ROW EXCLUSIVE on public.m3
ALTER TABLE public.m3 ENABLE REPLICA TRIGGER t1;
