SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SEQUENCE public.products_pid_seq AS integer;

CREATE SEQUENCE public.users_uid_seq AS integer;

CREATE TABLE public.products (
  pid integer DEFAULT nextval('public.products_pid_seq'::regclass) NOT NULL,
  id integer NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  code text,
  name text,
  CONSTRAINT products_pkey PRIMARY KEY (pid)
);

CREATE TABLE public.users (
  uid integer DEFAULT nextval('public.users_uid_seq'::regclass) NOT NULL,
  id integer NOT NULL,
  created_at timestamp with time zone DEFAULT now() NOT NULL,
  updated_at timestamp with time zone DEFAULT now() NOT NULL,
  code text,
  CONSTRAINT users_pkey PRIMARY KEY (uid),
  CONSTRAINT stamps_check CHECK (created_at <= updated_at),
  CONSTRAINT users_code_key UNIQUE (code)
);

ALTER SEQUENCE public.products_pid_seq OWNED BY public.products.pid;

ALTER SEQUENCE public.users_uid_seq OWNED BY public.users.uid;

-- lock: SHARE on public.users; scans the table; index build
CREATE INDEX users_created_at_idx ON public.users (created_at) WHERE code IS NOT NULL;

COMMENT ON COLUMN public.users.created_at IS 'creation time';
