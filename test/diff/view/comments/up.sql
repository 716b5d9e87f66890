SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE VIEW public.v AS
SELECT
  t.a,
  t.b
FROM public.t;

COMMENT ON MATERIALIZED VIEW public.m IS 'mat';

COMMENT ON COLUMN public.m.b IS NULL;

COMMENT ON VIEW public.v IS 'new';

COMMENT ON COLUMN public.v.b IS 'the b';
