SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
ALTER TABLE public.a DROP CONSTRAINT a_b_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.b
-- hazard deletes-data: drops table public.b and all its rows
DROP TABLE public.b;

-- lock: ACCESS EXCLUSIVE on public.a
-- hazard deletes-data: drops column a.b_id and its values
ALTER TABLE public.a DROP COLUMN b_id;
