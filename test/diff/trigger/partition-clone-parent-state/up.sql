SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.m, SHARE ROW EXCLUSIVE on its 3 partitions (public.m1, public.m11, public."M 2")
ALTER TABLE public.m ENABLE REPLICA TRIGGER "Trg";

-- lock: SHARE ROW EXCLUSIVE on public.m1, SHARE ROW EXCLUSIVE on its partition public.m11
ALTER TABLE public.m1 DISABLE TRIGGER "Trg";

-- lock: SHARE ROW EXCLUSIVE on public.m11
ALTER TABLE public.m11 ENABLE TRIGGER "Trg";
