SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.m
ALTER TABLE public.m REPLICA IDENTITY DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.m1
ALTER TABLE public.m1 REPLICA IDENTITY DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.m2
ALTER TABLE public.m2 REPLICA IDENTITY DEFAULT;
