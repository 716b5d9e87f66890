SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u
-- hazard deletes-data: drops table public.u and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.u;

COMMENT ON COLUMN public.t.a IS 'gone';

COMMENT ON TABLE public.t IS 'old';

COMMENT ON COLUMN public.t.id IS NULL;
