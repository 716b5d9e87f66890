SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public.foobar_fizz_seq OWNED BY NONE;

ALTER SEQUENCE public.foobar_id_seq OWNED BY NONE;

-- lock: ACCESS EXCLUSIVE on public.foobar
-- hazard deletes-data: drops table public.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.foobar;

CREATE TABLE public.foobar (
  id integer DEFAULT nextval('public.foobar_id_seq'::regclass) NOT NULL,
  fizz integer DEFAULT nextval('public.foobar_fizz_seq'::regclass) NOT NULL
)
PARTITION BY RANGE (id);

ALTER SEQUENCE public.foobar_fizz_seq OWNED BY public.foobar.fizz;

ALTER SEQUENCE public.foobar_id_seq OWNED BY public.foobar.id;
