SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.g; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g ADD COLUMN b1 integer GENERATED ALWAYS AS (NULL) STORED;

-- lock: ACCESS EXCLUSIVE on public.g; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g ADD COLUMN b2 character varying(10) GENERATED ALWAYS AS (NULL::varchar) STORED;

-- lock: ACCESS EXCLUSIVE on public.g; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g ADD COLUMN b3 numeric(5,2) GENERATED ALWAYS AS (NULL) STORED;

-- lock: ACCESS EXCLUSIVE on public.g; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g ADD COLUMN b4 public.d_int GENERATED ALWAYS AS (NULL::int) STORED;

-- lock: ACCESS EXCLUSIVE on public.g; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g ADD COLUMN b5 integer[] GENERATED ALWAYS AS (NULL) STORED;

-- lock: ACCESS EXCLUSIVE on public.g
ALTER TABLE public.g ADD COLUMN c4 public.d_int DEFAULT NULL;

-- lock: ACCESS EXCLUSIVE on public.g
ALTER TABLE public.g ADD COLUMN c5 integer[];
