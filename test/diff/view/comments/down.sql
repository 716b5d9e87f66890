SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.v
DROP VIEW public.v;

CREATE VIEW public.v AS
SELECT t.a
FROM public.t;

COMMENT ON MATERIALIZED VIEW public.m IS NULL;

COMMENT ON COLUMN public.m.b IS 'bee';

COMMENT ON VIEW public.v IS 'old';
