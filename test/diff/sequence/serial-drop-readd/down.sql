SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.foobar2
-- hazard deletes-data: drops table public.foobar2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.foobar2;

CREATE SEQUENCE public.foobar_fizz_seq AS integer;

CREATE SEQUENCE public.foobar_id_seq AS integer;

-- hazard irreversible: re-creates table public.foobar, dropped by the up migration: its rows are not restored
CREATE TABLE public.foobar (
  id integer DEFAULT nextval('public.foobar_id_seq'::regclass) NOT NULL,
  fizz integer DEFAULT nextval('public.foobar_fizz_seq'::regclass) NOT NULL,
  CONSTRAINT foobar_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.foobar_fizz_seq OWNED BY public.foobar.fizz;

ALTER SEQUENCE public.foobar_id_seq OWNED BY public.foobar.id;
