SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates table public.a, dropped by the up migration: its rows are not restored
CREATE TABLE public.a (
  id integer DEFAULT nextval('public.s'::regclass)
);

-- lock: ACCESS EXCLUSIVE on public.b
ALTER TABLE public.b ALTER COLUMN id DROP DEFAULT;

ALTER SEQUENCE public.s OWNED BY public.a.id;
