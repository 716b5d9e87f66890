SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.g
-- hazard deletes-data: drops column g.b1 and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g DROP COLUMN b1;

-- lock: ACCESS EXCLUSIVE on public.g
-- hazard deletes-data: drops column g.b2 and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g DROP COLUMN b2;

-- lock: ACCESS EXCLUSIVE on public.g
-- hazard deletes-data: drops column g.b3 and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g DROP COLUMN b3;

-- lock: ACCESS EXCLUSIVE on public.g
-- hazard deletes-data: drops column g.b4 and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g DROP COLUMN b4;

-- lock: ACCESS EXCLUSIVE on public.g
-- hazard deletes-data: drops column g.b5 and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g DROP COLUMN b5;

-- lock: ACCESS EXCLUSIVE on public.g
-- hazard deletes-data: drops column g.c4 and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g DROP COLUMN c4;

-- lock: ACCESS EXCLUSIVE on public.g
-- hazard deletes-data: drops column g.c5 and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.g DROP COLUMN c5;
