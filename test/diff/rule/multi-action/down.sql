SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what UPDATE on public.t does (rule t_upd)
DROP RULE t_upd ON public.t;
