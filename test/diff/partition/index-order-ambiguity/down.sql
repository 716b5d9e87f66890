SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.a_desc_desc
-- hazard breaks-readers: renames index public.a_desc_desc to runs_a_at_id_idx1: code using the old name fails once this runs
ALTER INDEX public.a_desc_desc RENAME TO runs_a_at_id_idx1;

-- lock: SHARE UPDATE EXCLUSIVE on public.b_asc_desc
-- hazard breaks-readers: renames index public.b_asc_desc to runs_a_at_id_idx: code using the old name fails once this runs
ALTER INDEX public.b_asc_desc RENAME TO runs_a_at_id_idx;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops table public.logs and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.logs;

-- lock: ACCESS EXCLUSIVE on public.runs_b
-- hazard deletes-data: drops table public.runs_b and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.runs_b;
