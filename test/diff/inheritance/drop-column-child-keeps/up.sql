SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base
-- hazard deletes-data: drops column base.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE ONLY public.base DROP COLUMN e;

-- lock: ACCESS EXCLUSIVE on public.lost
-- hazard deletes-data: drops column lost.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.lost DROP COLUMN e;
