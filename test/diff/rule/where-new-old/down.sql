SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what INSERT on public.t does (rule t_big)
DROP RULE t_big ON public.t;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what DELETE on public.t does (rule t_keep)
DROP RULE t_keep ON public.t;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what UPDATE on public.t does (rule t_status)
DROP RULE t_status ON public.t;
