SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, ROW EXCLUSIVE on public.log
CREATE RULE t_upd AS ON UPDATE TO public.t
DO ALSO (
  INSERT INTO public.log (id, v) VALUES (old.id, old.v);
  UPDATE public.log SET n = log.n + 1 WHERE log.id = new.id;
  DELETE FROM public.log USING public.t AS x WHERE x.id = log.id AND x.v IS NULL;
  NOTIFY t_changed
);
