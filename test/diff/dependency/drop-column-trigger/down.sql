SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER jobs_state ON public.jobs;

-- lock: ACCESS EXCLUSIVE on public.jobs
-- hazard irreversible: re-adds column jobs.state, dropped by the up migration: its values are not restored
ALTER TABLE public.jobs ADD COLUMN state text;

-- lock: ACCESS EXCLUSIVE on public.jobs
-- hazard irreversible: re-adds column jobs.priority, dropped by the up migration: its values are not restored
ALTER TABLE public.jobs ADD COLUMN priority integer;

-- lock: SHARE ROW EXCLUSIVE on public.jobs
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER jobs_priority BEFORE UPDATE ON public.jobs
FOR EACH ROW
WHEN (new.priority > 5)
EXECUTE FUNCTION public.touch();

-- lock: SHARE ROW EXCLUSIVE on public.jobs
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER jobs_state AFTER UPDATE OF state, note ON public.jobs
FOR EACH ROW
EXECUTE FUNCTION public.touch();
