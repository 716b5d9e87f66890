SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.pets
-- hazard deletes-data: drops table public.pets and all its rows
DROP TABLE public.pets;
