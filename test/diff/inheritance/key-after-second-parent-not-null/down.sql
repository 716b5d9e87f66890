SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.item
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.item DROP CONSTRAINT item_pkey;

-- lock: ACCESS EXCLUSIVE on public.coded, ACCESS EXCLUSIVE on its inheritance child public.item
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.coded ALTER COLUMN code DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.item
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.item ALTER COLUMN code DROP NOT NULL;
