SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.child
-- hazard breaks-readers: rows of child disappear from queries on base
ALTER TABLE public.child NO INHERIT public.base;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP CONSTRAINT base_e_check;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child
-- hazard deletes-data: drops column base.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP COLUMN e;
