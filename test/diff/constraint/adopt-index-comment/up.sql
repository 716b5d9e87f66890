SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_id; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id;

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_code; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_code UNIQUE USING INDEX t_code;

COMMENT ON INDEX public.t_pkey IS NULL;
