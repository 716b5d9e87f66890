SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard deletes-data: drops column accounts.region and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts DROP COLUMN region;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard deletes-data: drops column accounts.plan and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts DROP COLUMN plan;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts ALTER COLUMN email DROP NOT NULL;
