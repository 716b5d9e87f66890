SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.big and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN big;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops column t.n and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP COLUMN n;

ALTER SEQUENCE public.counter INCREMENT BY 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;
