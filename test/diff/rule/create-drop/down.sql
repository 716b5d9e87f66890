SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what INSERT on public.t does (rule r)
DROP RULE r ON public.t;

-- lock: ACCESS EXCLUSIVE on public.u
CREATE RULE u_no_delete AS ON DELETE TO public.u
DO INSTEAD NOTHING;
