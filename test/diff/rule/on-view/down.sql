SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.visible
-- hazard breaks-readers: changes what DELETE on public.visible does (rule visible_del)
DROP RULE visible_del ON public.visible;

-- lock: ACCESS EXCLUSIVE on public.visible
-- hazard breaks-readers: changes what INSERT on public.visible does (rule visible_ins)
DROP RULE visible_ins ON public.visible;

-- lock: ACCESS EXCLUSIVE on public.visible
-- hazard breaks-readers: changes what UPDATE on public.visible does (rule visible_upd)
DROP RULE visible_upd ON public.visible;
