SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
ALTER TABLE public.a ALTER COLUMN id DROP DEFAULT;

-- hazard deletes-data: drops sequence s and its current value
DROP SEQUENCE public.s;
