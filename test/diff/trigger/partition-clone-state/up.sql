SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.m1, SHARE ROW EXCLUSIVE on its partition public.m11
ALTER TABLE public.m1 DISABLE TRIGGER "Trg";

-- lock: SHARE ROW EXCLUSIVE on public."M 2"
ALTER TABLE public."M 2" ENABLE ALWAYS TRIGGER "Trg";

-- lock: SHARE ROW EXCLUSIVE on public.m11
ALTER TABLE public.m11 ENABLE REPLICA TRIGGER "Trg";

COMMENT ON TRIGGER "Trg" ON public."M 2" IS 'clone';
