SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER t_a ON public.t;

DROP TRIGGER t_b ON public.t;

CREATE OR REPLACE FUNCTION public.f()
RETURNS trigger
LANGUAGE plpgsql
AS $$ BEGIN RETURN NEW; END $$;

-- lock: SHARE ROW EXCLUSIVE on public.t
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER t_a BEFORE INSERT ON public.t
FOR EACH ROW
EXECUTE FUNCTION public.f();

-- lock: SHARE ROW EXCLUSIVE on public.t
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER t_b BEFORE UPDATE OF a ON public.t
FOR EACH ROW
EXECUTE FUNCTION public.f();

COMMENT ON TRIGGER t_b ON public.t IS 'on a';
