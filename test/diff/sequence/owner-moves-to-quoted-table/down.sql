SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public."foobar sequence" OWNED BY NONE;

-- lock: ACCESS EXCLUSIVE on public."Foo Bar"
-- hazard deletes-data: drops table public.Foo Bar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public."Foo Bar";

-- hazard irreversible: re-creates table public.foobar, dropped by the up migration: its rows are not restored
CREATE TABLE public.foobar (
  id integer DEFAULT nextval('public."foobar sequence"'::regclass) NOT NULL
);

ALTER SEQUENCE public."foobar sequence" OWNED BY public.foobar.id;
