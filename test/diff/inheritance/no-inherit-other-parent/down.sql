SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p1, ACCESS EXCLUSIVE on its inheritance child public.c
-- hazard irreversible: re-adds column p1.e, dropped by the up migration: its values are not restored
ALTER TABLE public.p1 ADD COLUMN e integer;
