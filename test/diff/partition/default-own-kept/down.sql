SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m
ALTER TABLE ONLY public.m ALTER COLUMN qty SET DEFAULT 1;

-- lock: ACCESS EXCLUSIVE on public.m_p2
ALTER TABLE public.m_p2 ALTER COLUMN qty SET DEFAULT 1;
