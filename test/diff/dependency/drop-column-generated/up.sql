SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard deletes-data: drops column items.label and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP COLUMN label;

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard deletes-data: drops column items.total and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP COLUMN total;

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard deletes-data: drops column items.qty and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP COLUMN qty;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.items ADD COLUMN total numeric GENERATED ALWAYS AS (price * 2) STORED;
