SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.b (
  id integer DEFAULT nextval('public.shared_s'::regclass)
);

ALTER SEQUENCE public.shared_s OWNED BY public.b.id;
