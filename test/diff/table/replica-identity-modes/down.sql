SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
ALTER TABLE public.a REPLICA IDENTITY DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.b
ALTER TABLE public.b REPLICA IDENTITY DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.c
ALTER TABLE public.c REPLICA IDENTITY FULL;

-- lock: ACCESS EXCLUSIVE on public.d
-- hazard breaks-readers: UPDATE and DELETE on d fail while it is in a publication (REPLICA IDENTITY NOTHING)
ALTER TABLE public.d REPLICA IDENTITY NOTHING;
