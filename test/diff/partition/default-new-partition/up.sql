SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.m_p3 (
  id integer NOT NULL,
  qty integer DEFAULT 5
);

-- lock: ACCESS EXCLUSIVE on public.m
ALTER TABLE ONLY public.m ALTER COLUMN qty SET DEFAULT 2;

-- lock: ACCESS EXCLUSIVE on public.m_p2
ALTER TABLE public.m_p2 ALTER COLUMN qty SET DEFAULT 2;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.m, ACCESS EXCLUSIVE on public.m_p3; scans the table; scans the partition to check its bound
ALTER TABLE public.m ATTACH PARTITION public.m_p3 FOR VALUES FROM ('20') TO ('30');
