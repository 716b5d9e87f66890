SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.f1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.f1 DROP CONSTRAINT f1_b_fkey1;

-- lock: ACCESS EXCLUSIVE on public.p2
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.p2 DROP CONSTRAINT p2_pkey1;

-- lock: ACCESS EXCLUSIVE on public.tt9
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.tt9 DROP CONSTRAINT tt9_c_key2;

-- lock: ACCESS EXCLUSIVE on public.u1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.u1 DROP CONSTRAINT u1_a_key1;

-- lock: ACCESS EXCLUSIVE on public.x1
ALTER TABLE public.x1 DROP CONSTRAINT x1_a_excl1;

-- lock: ACCESS EXCLUSIVE on public.p2
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.p2 ALTER COLUMN a DROP NOT NULL;
