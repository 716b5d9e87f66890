SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base_child
-- hazard deletes-data: drops table public.base_child and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.base_child;

-- lock: ACCESS EXCLUSIVE on public.both_parents
-- hazard deletes-data: drops table public.both_parents and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.both_parents;

-- lock: ACCESS EXCLUSIVE on public.fresh_grandchild
-- hazard deletes-data: drops table public.fresh_grandchild and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.fresh_grandchild;

-- lock: ACCESS EXCLUSIVE on public.fresh_other
-- hazard deletes-data: drops table public.fresh_other and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.fresh_other;

-- lock: ACCESS EXCLUSIVE on public.fresh_child
-- hazard deletes-data: drops table public.fresh_child and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.fresh_child;

-- lock: ACCESS EXCLUSIVE on public.fresh
-- hazard deletes-data: drops table public.fresh and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.fresh;

-- lock: ACCESS EXCLUSIVE on public.moving_new
-- hazard deletes-data: drops table public.moving_new and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.moving_new;

-- lock: ACCESS EXCLUSIVE on public.moving_old
-- hazard deletes-data: drops table public.moving_old and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.moving_old;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 2 inheritance children (public.base_child, public.both_parents)
-- hazard deletes-data: drops column base.added and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP COLUMN added;

-- lock: ACCESS EXCLUSIVE on public.moving, ACCESS EXCLUSIVE on its 2 inheritance children (public.moving_new, public.moving_old)
ALTER TABLE public.moving ALTER COLUMN level SET DEFAULT 1;
