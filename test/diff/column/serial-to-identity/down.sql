SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN b DROP IDENTITY;

CREATE SEQUENCE public.t_b_seq AS integer;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN b SET DEFAULT nextval('public.t_b_seq'::regclass);

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN c SET GENERATED ALWAYS;

-- hazard deletes-data: drops sequence t_a_seq and its current value
DROP SEQUENCE public.t_a_seq;

ALTER SEQUENCE public.t_b_seq OWNED BY public.t.b;
