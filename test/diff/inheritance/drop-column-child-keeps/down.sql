SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 3 inheritance children (public.kept, public.grandkid, public.lost)
-- hazard irreversible: re-adds column base.e, dropped by the up migration: its values are not restored
ALTER TABLE public.base ADD COLUMN e integer;
