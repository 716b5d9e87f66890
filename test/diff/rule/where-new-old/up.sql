SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, ROW EXCLUSIVE on public.audit
CREATE RULE t_big AS ON INSERT TO public.t
WHERE new.qty > 100
  AND new.status IN ('open', 'held')
DO ALSO INSERT INTO public.audit (id, what) VALUES (new.id, 'big');

-- lock: ACCESS EXCLUSIVE on public.t
CREATE RULE t_keep AS ON DELETE TO public.t
WHERE old.status = 'held'
DO INSTEAD NOTHING;

-- lock: ACCESS EXCLUSIVE on public.t, ROW EXCLUSIVE on public.audit
CREATE RULE t_status AS ON UPDATE TO public.t
WHERE old.status IS DISTINCT FROM new.status
DO ALSO INSERT INTO public.audit (id, what) VALUES (new.id, (lower(old.status) || ' -> ') || new.status);
