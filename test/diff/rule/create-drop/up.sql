SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u
-- hazard breaks-readers: changes what DELETE on public.u does (rule u_no_delete)
DROP RULE u_no_delete ON public.u;

-- lock: ACCESS EXCLUSIVE on public.t
CREATE RULE r AS ON INSERT TO public.t
DO ALSO NOTHING;
