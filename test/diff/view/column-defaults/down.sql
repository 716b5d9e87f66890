SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public."Recent"
DROP VIEW public."Recent";

-- lock: ACCESS EXCLUSIVE on public.open_tasks
ALTER VIEW public.open_tasks ALTER COLUMN done SET DEFAULT false;

-- lock: ACCESS EXCLUSIVE on public.open_tasks
ALTER VIEW public.open_tasks ALTER COLUMN state DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.open_tasks
ALTER VIEW public.open_tasks ALTER COLUMN title SET DEFAULT 'untitled';
