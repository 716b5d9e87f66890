SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 2 inheritance children (public.child, public.grandchild)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP CONSTRAINT base_v_check;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 2 inheritance children (public.child, public.grandchild)
ALTER TABLE public.base ALTER COLUMN v DROP DEFAULT;

-- hazard breaks-readers: drops function public.floor_at: callers fail until it exists again
DROP FUNCTION public.floor_at();

CREATE FUNCTION public.floor_at()
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT 0$$;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 2 inheritance children (public.child, public.grandchild)
ALTER TABLE public.base ALTER COLUMN v SET DEFAULT floor_at();

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 2 inheritance children (public.child, public.grandchild)
ALTER TABLE public.base ADD CONSTRAINT base_v_check CHECK (v >= floor_at()) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.base, SHARE UPDATE EXCLUSIVE on its 2 inheritance children (public.child, public.grandchild); scans the table; validates existing rows
-- hazard scans-table: validates base_v_check against every row of base
ALTER TABLE public.base VALIDATE CONSTRAINT base_v_check;
