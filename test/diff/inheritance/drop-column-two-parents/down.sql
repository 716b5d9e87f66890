SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p1, ACCESS EXCLUSIVE on its inheritance child public.pair
-- hazard irreversible: re-adds column p1.e, dropped by the up migration: its values are not restored
ALTER TABLE public.p1 ADD COLUMN e integer;

-- lock: ACCESS EXCLUSIVE on public.p2, ACCESS EXCLUSIVE on its inheritance child public.pair
-- hazard irreversible: re-adds column p2.e, dropped by the up migration: its values are not restored
ALTER TABLE public.p2 ADD COLUMN e integer;

-- lock: ACCESS EXCLUSIVE on public.q1, ACCESS EXCLUSIVE on its inheritance child public.both_
-- hazard irreversible: re-adds column q1.e, dropped by the up migration: its values are not restored
ALTER TABLE public.q1 ADD COLUMN e integer;
