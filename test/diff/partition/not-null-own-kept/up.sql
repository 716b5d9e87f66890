SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 partitions (public.m_p1, public.m_p2)
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.m ALTER COLUMN qty DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.m_p1
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.m_p1 ADD CONSTRAINT m_p1_qty_not_null_check CHECK (qty IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.m_p2
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.m_p2 ALTER COLUMN qty DROP NOT NULL;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.m_p1; scans the table; validates existing rows
ALTER TABLE public.m_p1 VALIDATE CONSTRAINT m_p1_qty_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.m_p1
-- uses the validated check: no table scan
ALTER TABLE public.m_p1 ALTER COLUMN qty SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.m_p1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.m_p1 DROP CONSTRAINT m_p1_qty_not_null_check;
