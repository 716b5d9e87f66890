SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a, ACCESS EXCLUSIVE on public.b
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.a DROP CONSTRAINT a_b_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazard deletes-data: drops table public.b and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.b;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazard deletes-data: drops column a.b_id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.a DROP COLUMN b_id;
