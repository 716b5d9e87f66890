SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.child
-- hazard deletes-data: drops table public.child and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.child;

-- lock: ACCESS EXCLUSIVE on public.child2
-- hazard deletes-data: drops table public.child2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.child2;

-- lock: ACCESS EXCLUSIVE on public.n
-- hazard deletes-data: drops table public.n and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.n;

-- lock: ACCESS EXCLUSIVE on public.p2
-- hazard deletes-data: drops table public.p2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.p2;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard rewrites-table: changing g from character varying(10) to text may rewrite t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN g TYPE text;

-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE ONLY public.p ALTER COLUMN body SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE ONLY public.p ALTER COLUMN body SET COMPRESSION default;

-- lock: ACCESS EXCLUSIVE on public.p1
ALTER TABLE ONLY public.p1 ALTER COLUMN body SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN a SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN b SET STORAGE MAIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN c SET COMPRESSION pglz;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN d SET STORAGE MAIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN g SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN "Mixed Case" SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN "Mixed Case" SET COMPRESSION default;
