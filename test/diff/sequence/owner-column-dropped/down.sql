SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
-- hazard irreversible: re-adds column a.x, dropped by the up migration: its values are not restored
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.a ADD COLUMN x integer;

-- lock: ACCESS EXCLUSIVE on public.a
-- the default applies to new rows only
-- backfill: UPDATE public.a SET x = the new default WHERE x IS NULL; -- run in batches before the constraint is validated
ALTER TABLE public.a ALTER COLUMN x SET DEFAULT nextval('public.s'::regclass);

ALTER SEQUENCE public.s OWNED BY public.a.x;
