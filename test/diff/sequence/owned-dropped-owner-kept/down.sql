SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SEQUENCE public.s;

-- lock: ACCESS EXCLUSIVE on public.a
ALTER TABLE public.a ALTER COLUMN id SET DEFAULT nextval('public.s'::regclass);

ALTER SEQUENCE public.s OWNED BY public.a.id;
