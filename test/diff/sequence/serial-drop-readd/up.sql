SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.foobar
-- hazard deletes-data: drops table public.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.foobar;

CREATE SEQUENCE public.foobar2_fizz_seq AS integer;

CREATE SEQUENCE public.foobar2_id_seq AS integer;

CREATE TABLE public.foobar2 (
  id integer DEFAULT nextval('public.foobar2_id_seq'::regclass) NOT NULL,
  fizz integer DEFAULT nextval('public.foobar2_fizz_seq'::regclass) NOT NULL,
  CONSTRAINT foobar2_pkey PRIMARY KEY (id)
);

ALTER SEQUENCE public.foobar2_fizz_seq OWNED BY public.foobar2.fizz;

ALTER SEQUENCE public.foobar2_id_seq OWNED BY public.foobar2.id;
