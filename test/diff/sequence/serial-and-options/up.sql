SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE public.counter INCREMENT BY 10 MAXVALUE 1000000 START WITH 5 CACHE 20;

CREATE SEQUENCE public.invoice_no AS integer START WITH 1000 CYCLE;

CREATE SEQUENCE public.t_big_seq;

-- lock: ACCESS EXCLUSIVE on public.t
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.t ADD COLUMN big bigint;

-- lock: ACCESS EXCLUSIVE on public.t
-- the default applies to new rows only
ALTER TABLE public.t ALTER COLUMN big SET DEFAULT nextval('public.t_big_seq'::regclass);

-- lock: ACCESS EXCLUSIVE on public.t
-- backfill: UPDATE public.t SET big = the new default WHERE big IS NULL; -- run in batches before the constraint is validated
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.t ADD CONSTRAINT t_big_not_null_check CHECK (big IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.t
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.t ADD COLUMN n integer;

-- lock: ACCESS EXCLUSIVE on public.t
-- the default applies to new rows only
-- backfill: UPDATE public.t SET n = the new default WHERE n IS NULL; -- run in batches before the constraint is validated
ALTER TABLE public.t ALTER COLUMN n SET DEFAULT nextval('public.invoice_no'::regclass);

ALTER SEQUENCE public.invoice_no OWNED BY public.t.n;

ALTER SEQUENCE public.t_big_seq OWNED BY public.t.big;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
ALTER TABLE public.t VALIDATE CONSTRAINT t_big_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- uses the validated check: no table scan
ALTER TABLE public.t ALTER COLUMN big SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_big_not_null_check;
