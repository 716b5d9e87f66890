SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE VIEW public."Recent" AS
SELECT
  tasks.id,
  tasks.done
FROM public.tasks;

-- lock: ACCESS EXCLUSIVE on public."Recent"
ALTER VIEW public."Recent" ALTER COLUMN done SET DEFAULT true;

-- lock: ACCESS EXCLUSIVE on public.open_tasks
ALTER VIEW public.open_tasks ALTER COLUMN done DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.open_tasks
ALTER VIEW public.open_tasks ALTER COLUMN state SET DEFAULT CAST('calm' AS public.mood);

-- lock: ACCESS EXCLUSIVE on public.open_tasks
ALTER VIEW public.open_tasks ALTER COLUMN title SET DEFAULT upper('untitled');
