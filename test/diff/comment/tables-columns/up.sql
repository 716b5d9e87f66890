SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.u (
  x integer
);

COMMENT ON COLUMN public.t.id IS 'key';

COMMENT ON COLUMN public.u.x IS 'x marks';

COMMENT ON TABLE public.t IS 'it''s new';

COMMENT ON COLUMN public.t.a IS NULL;
