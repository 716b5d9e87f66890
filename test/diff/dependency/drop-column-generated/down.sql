SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard deletes-data: drops column items.total and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP COLUMN total;

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard irreversible: re-adds column items.qty, dropped by the up migration: its values are not restored
ALTER TABLE public.items ADD COLUMN qty integer;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.items ADD COLUMN label text GENERATED ALWAYS AS ('q' || qty::text) STORED;
