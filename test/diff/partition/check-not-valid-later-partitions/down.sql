SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 3 partitions (public.m_old, public.m_new, public.m_new_a)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.m DROP CONSTRAINT m_qty_check;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 3 partitions (public.m_old, public.m_new, public.m_new_a)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.m DROP CONSTRAINT m_price_check;

-- lock: ACCESS EXCLUSIVE on public.m, ACCESS EXCLUSIVE on its 3 partitions (public.m_old, public.m_new, public.m_new_a)
ALTER TABLE public.m ADD CONSTRAINT m_price_check CHECK (price >= 0) NOT VALID;

-- lock: SHARE UPDATE EXCLUSIVE on public.m_new, SHARE UPDATE EXCLUSIVE on its partition public.m_new_a; scans the table; validates existing rows
ALTER TABLE public.m_new VALIDATE CONSTRAINT m_price_check;
