SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.old_col and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN old_col;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN new_col boolean DEFAULT false NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN tags text[] DEFAULT '{}';
