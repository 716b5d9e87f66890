SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.data
DROP VIEW public.data;

-- lock: ACCESS EXCLUSIVE on public.mv
DROP VIEW public.mv;

-- hazard irreversible: re-creates table public.data, dropped by the up migration: its rows are not restored
CREATE TABLE public.data (
  id integer,
  name text
);

-- hazard scans-table: populates materialized view mv by running its query
CREATE MATERIALIZED VIEW public.mv AS
SELECT raw.id
FROM public.raw;

COMMENT ON MATERIALIZED VIEW public.mv IS 'mv';

COMMENT ON COLUMN public.data.name IS 'a name';

COMMENT ON TABLE public.data IS 'the data';

GRANT SELECT ON TABLE public.data TO PUBLIC;

GRANT SELECT ON TABLE public.mv TO PUBLIC;
