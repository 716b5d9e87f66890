SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m, SHARE on public.m_id_part_key
ALTER TABLE public.m REPLICA IDENTITY USING INDEX m_id_part_key;

-- lock: ACCESS EXCLUSIVE on public.m1
ALTER TABLE public.m1 REPLICA IDENTITY FULL;

-- lock: ACCESS EXCLUSIVE on public.m2, SHARE on public.m2_id_part_key
ALTER TABLE public.m2 REPLICA IDENTITY USING INDEX m2_id_part_key;
