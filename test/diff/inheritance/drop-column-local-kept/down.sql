SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.gone
-- hazard irreversible: re-adds column gone.e, dropped by the up migration: its values are not restored
ALTER TABLE public.gone ADD COLUMN e text;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its 2 inheritance children (public.mine, public.gone)
-- hazard irreversible: re-adds column base.e, dropped by the up migration: its values are not restored
ALTER TABLE public.base ADD COLUMN e text;
