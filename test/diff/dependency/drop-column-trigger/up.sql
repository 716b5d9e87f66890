SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER jobs_priority ON public.jobs;

DROP TRIGGER jobs_state ON public.jobs;

-- lock: ACCESS EXCLUSIVE on public.jobs
-- hazard deletes-data: drops column jobs.state and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.jobs DROP COLUMN state;

-- lock: ACCESS EXCLUSIVE on public.jobs
-- hazard deletes-data: drops column jobs.priority and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.jobs DROP COLUMN priority;

-- lock: SHARE ROW EXCLUSIVE on public.jobs
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER jobs_state AFTER UPDATE OF note ON public.jobs
FOR EACH ROW
EXECUTE FUNCTION public.touch();
