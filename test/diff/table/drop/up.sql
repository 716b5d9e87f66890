SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.members
-- hazard deletes-data: drops table public.members and all its rows
DROP TABLE public.members;
