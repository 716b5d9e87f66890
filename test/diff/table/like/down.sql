SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.products
-- hazard deletes-data: drops table public.products and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.products;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard deletes-data: drops table public.users and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.users;
