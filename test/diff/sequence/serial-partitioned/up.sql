SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SEQUENCE public.foobar_fizz_seq AS integer;

CREATE SEQUENCE public.foobar_id_seq;

CREATE TABLE public.foobar (
  id bigint DEFAULT nextval('public.foobar_id_seq'::regclass) NOT NULL,
  fizz integer DEFAULT nextval('public.foobar_fizz_seq'::regclass) NOT NULL,
  part integer NOT NULL,
  CONSTRAINT foobar_pkey PRIMARY KEY (id, part)
)
PARTITION BY LIST (part);

CREATE TABLE public.foobar_1 (
  id bigint DEFAULT nextval('public.foobar_id_seq'::regclass) NOT NULL,
  fizz integer DEFAULT nextval('public.foobar_fizz_seq'::regclass) NOT NULL,
  part integer NOT NULL,
  CONSTRAINT foobar_1_pkey PRIMARY KEY (id, part)
);

CREATE TABLE public.foobar_2 (
  id bigint DEFAULT nextval('public.foobar_id_seq'::regclass) NOT NULL,
  fizz integer DEFAULT nextval('public.foobar_fizz_seq'::regclass) NOT NULL,
  part integer NOT NULL,
  CONSTRAINT foobar_2_pkey PRIMARY KEY (id, part)
);

ALTER SEQUENCE public.foobar_fizz_seq OWNED BY public.foobar.fizz;

ALTER SEQUENCE public.foobar_id_seq OWNED BY public.foobar.id;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.foobar, ACCESS EXCLUSIVE on public.foobar_1; scans the table; scans the partition to check its bound
ALTER TABLE public.foobar ATTACH PARTITION public.foobar_1 FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on public.foobar, ACCESS EXCLUSIVE on public.foobar_2; scans the table; scans the partition to check its bound
ALTER TABLE public.foobar ATTACH PARTITION public.foobar_2 FOR VALUES IN ('2');
