SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: changes what UPDATE on public.t does (rule t_chg)
DROP RULE t_chg ON public.t;

-- lock: ACCESS EXCLUSIVE on public.t
CREATE RULE t_chg AS ON DELETE TO public.t
DO INSTEAD NOTHING;

-- lock: ACCESS EXCLUSIVE on public.t, ROW EXCLUSIVE on public.log
-- hazard breaks-readers: changes what INSERT on public.t does (rule t_ins)
CREATE OR REPLACE RULE t_ins AS ON INSERT TO public.t
DO INSTEAD INSERT INTO public.log (id) VALUES (new.id);
