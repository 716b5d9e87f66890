SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON RULE a ON public.t IS 'new';

COMMENT ON RULE b ON public.t IS 'after';

COMMENT ON RULE c ON public.t IS NULL;
