SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN a DROP IDENTITY;

CREATE SEQUENCE public.t_a_seq AS integer;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT nextval('public.t_a_seq'::regclass);

ALTER SEQUENCE public.t_a_seq OWNED BY public.t.a;
