SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of docs policy docs_all lets roles see or write
DROP POLICY docs_all ON public.docs;

-- hazard breaks-readers: changes which rows of docs policy docs_read lets roles see or write
DROP POLICY docs_read ON public.docs;

-- hazard breaks-readers: changes which rows of docs policy docs_write lets roles see or write
DROP POLICY docs_write ON public.docs;

-- lock: ACCESS EXCLUSIVE on public.notes
-- hazard deletes-data: drops table public.notes and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.notes;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs DISABLE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.docs
ALTER TABLE public.docs NO FORCE ROW LEVEL SECURITY;
