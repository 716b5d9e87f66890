SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard deletes-data: drops column accounts.region and its values
ALTER TABLE public.accounts DROP COLUMN region;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard deletes-data: drops column accounts.plan and its values
ALTER TABLE public.accounts DROP COLUMN plan;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ALTER COLUMN email DROP NOT NULL;
