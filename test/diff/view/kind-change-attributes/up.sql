SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.mv
DROP MATERIALIZED VIEW public.mv;

-- lock: ACCESS EXCLUSIVE on public.data
-- hazard deletes-data: drops table public.data and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.data;

CREATE VIEW public.data AS
SELECT
  raw.id,
  raw.name
FROM public.raw;

CREATE VIEW public.mv AS
SELECT raw.id
FROM public.raw;

COMMENT ON VIEW public.data IS 'the data';

COMMENT ON COLUMN public.data.name IS 'a name';

COMMENT ON VIEW public.mv IS 'mv';

GRANT SELECT ON TABLE public.data TO PUBLIC;

GRANT SELECT ON TABLE public.mv TO PUBLIC;
