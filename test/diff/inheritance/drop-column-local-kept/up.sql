SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 2 inheritance children (public.mine, public.gone)
-- hazard deletes-data: drops column base.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP COLUMN e;

-- lock: ACCESS EXCLUSIVE on public.gone
-- hazard deletes-data: drops column gone.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.gone DROP COLUMN e;
