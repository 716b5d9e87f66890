SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public.shared_s OWNED BY NONE;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazard deletes-data: drops table public.b and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.b;
