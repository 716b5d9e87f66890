SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 inheritance children (public.m_c1, public.m_c2)
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.m ADD CONSTRAINT m_qty_not_null_check CHECK (qty IS NOT NULL) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.m, SHARE UPDATE EXCLUSIVE on its 2 inheritance children (public.m_c1, public.m_c2); scans the table; validates existing rows
ALTER TABLE public.m VALIDATE CONSTRAINT m_qty_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 inheritance children (public.m_c1, public.m_c2)
-- uses the validated check: no table scan
ALTER TABLE public.m ALTER COLUMN qty SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 2 inheritance children (public.m_c1, public.m_c2)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.m DROP CONSTRAINT m_qty_not_null_check;
