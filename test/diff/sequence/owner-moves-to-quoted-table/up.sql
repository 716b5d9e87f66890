SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public."foobar sequence" OWNED BY NONE;

-- lock: ACCESS EXCLUSIVE on public.foobar
-- hazard deletes-data: drops table public.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.foobar;

CREATE TABLE public."Foo Bar" (
  id integer DEFAULT nextval('public."foobar sequence"'::regclass) NOT NULL
);

ALTER SEQUENCE public."foobar sequence" OWNED BY public."Foo Bar".id;
