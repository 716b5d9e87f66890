SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON RULE a ON public.t IS NULL;

COMMENT ON RULE b ON public.t IS 'before';

COMMENT ON RULE c ON public.t IS 'goes';
