SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public.s OWNED BY NONE;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazard deletes-data: drops table public.a and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.a;

-- lock: ACCESS EXCLUSIVE on public.b
ALTER TABLE public.b ALTER COLUMN id SET DEFAULT nextval('public.s'::regclass);

ALTER SEQUENCE public.s OWNED BY public.b.id;
