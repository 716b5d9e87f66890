SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.d and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN d;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; recomputes the generated column
-- hazard rewrites-table: recomputes t.b for every row: rewrites t under ACCESS EXCLUSIVE
ALTER TABLE public.t ALTER COLUMN b SET EXPRESSION AS (a * 2);

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t ADD COLUMN d integer GENERATED ALWAYS AS (a + 1) STORED;
