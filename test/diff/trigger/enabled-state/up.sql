SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.t ENABLE ALWAYS TRIGGER a;

-- lock: SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.t ENABLE TRIGGER b;

-- lock: SHARE ROW EXCLUSIVE on public.t
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER c AFTER DELETE ON public.t
FOR EACH ROW
EXECUTE FUNCTION public.f();

-- lock: SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.t ENABLE REPLICA TRIGGER c;
