SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.v
DROP VIEW public.v;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.s and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN s;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN v2;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN v3;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN s integer GENERATED ALWAYS AS (a * 2) VIRTUAL;

-- lock: ACCESS EXCLUSIVE on public.t; virtual generated column
ALTER TABLE public.t ALTER COLUMN v1 SET EXPRESSION AS (a + 5);

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t ADD COLUMN v2 integer GENERATED ALWAYS AS (a - 1) STORED;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN v3 text;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD COLUMN n integer GENERATED ALWAYS AS (a * a) VIRTUAL NOT NULL;

CREATE VIEW public.v AS
SELECT
  t.s,
  t.v2
FROM public.t;
