SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.new_col and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN new_col;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.tags and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN tags;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard irreversible: re-adds column t.old_col, dropped by the up migration: its values are not restored
ALTER TABLE public.t ADD COLUMN old_col text;
