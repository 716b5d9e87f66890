SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.parent
CREATE TABLE public.child (
  extra text
)
INHERITS (public.parent);

-- lock: SHARE UPDATE EXCLUSIVE on public.parent
CREATE TABLE public.child2 ()
INHERITS (public.parent);

CREATE TABLE public.n (
  x text,
  y bytea,
  z integer[]
);

CREATE TABLE public.p2 (
  id integer,
  body text
);

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing g from text to character varying(10) may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of g longer than 10 characters make the type change fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN g_new character varying(10);  -- plus a trigger copying writes
--   2. backfill g_new from g in batches
--   3. in one short transaction: drop g, rename g_new to g
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN g TYPE character varying(10);

-- lock: ACCESS EXCLUSIVE on public.child
ALTER TABLE ONLY public.child ALTER COLUMN body SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.child
ALTER TABLE ONLY public.child ALTER COLUMN body SET COMPRESSION default;

-- lock: ACCESS EXCLUSIVE on public.child2
ALTER TABLE ONLY public.child2 ALTER COLUMN body SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.child2
ALTER TABLE ONLY public.child2 ALTER COLUMN body SET COMPRESSION pglz;

-- lock: ACCESS EXCLUSIVE on public.n
ALTER TABLE ONLY public.n ALTER COLUMN x SET COMPRESSION pglz;

-- lock: ACCESS EXCLUSIVE on public.n
ALTER TABLE ONLY public.n ALTER COLUMN y SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.n
ALTER TABLE ONLY public.n ALTER COLUMN z SET STORAGE MAIN;

-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE ONLY public.p ALTER COLUMN body SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.p
ALTER TABLE ONLY public.p ALTER COLUMN body SET COMPRESSION pglz;

-- lock: ACCESS EXCLUSIVE on public.p1
ALTER TABLE ONLY public.p1 ALTER COLUMN body SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.p2
ALTER TABLE ONLY public.p2 ALTER COLUMN body SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.p2
ALTER TABLE ONLY public.p2 ALTER COLUMN body SET COMPRESSION pglz;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN a SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN b SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN c SET COMPRESSION default;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN d SET STORAGE EXTENDED;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN g SET STORAGE EXTERNAL;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN "Mixed Case" SET STORAGE MAIN;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE ONLY public.t ALTER COLUMN "Mixed Case" SET COMPRESSION pglz;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.p, ACCESS EXCLUSIVE on public.p2; scans the table; scans the partition to check its bound
ALTER TABLE public.p ATTACH PARTITION public.p2 FOR VALUES FROM ('10') TO ('20');
