SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a, SHARE on public.a_x
ALTER TABLE public.a REPLICA IDENTITY USING INDEX a_x;

-- lock: ACCESS EXCLUSIVE on public.b
ALTER TABLE public.b REPLICA IDENTITY FULL;

-- lock: ACCESS EXCLUSIVE on public.c
-- hazard breaks-readers: UPDATE and DELETE on c fail while it is in a publication (REPLICA IDENTITY NOTHING)
ALTER TABLE public.c REPLICA IDENTITY NOTHING;

-- lock: ACCESS EXCLUSIVE on public.d
ALTER TABLE public.d REPLICA IDENTITY DEFAULT;
