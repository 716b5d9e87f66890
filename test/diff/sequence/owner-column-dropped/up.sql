SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public.s OWNED BY NONE;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazard deletes-data: drops column a.x and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.a DROP COLUMN x;
