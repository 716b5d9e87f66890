SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER c ON public.t;

-- lock: SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.t ENABLE TRIGGER a;

-- lock: SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.t DISABLE TRIGGER b;
