SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m_p1
ALTER TABLE public.m_p1 ALTER COLUMN qty SET DEFAULT 7;
