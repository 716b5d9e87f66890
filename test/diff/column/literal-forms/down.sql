SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP CONSTRAINT events_status_check;

-- lock: ACCESS EXCLUSIVE on public.events
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP CONSTRAINT events_amount_check;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops column events.label and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP COLUMN label;

-- lock: ACCESS EXCLUSIVE on public.events
-- hazard deletes-data: drops column events.flag and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP COLUMN flag;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN big_count SET DEFAULT 2;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN ratio SET DEFAULT 1;

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN created_at SET DEFAULT timezone('utc', now());

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events ALTER COLUMN ttl SET DEFAULT '1 day';
