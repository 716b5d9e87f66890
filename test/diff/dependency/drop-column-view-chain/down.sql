SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.staff
-- hazard irreversible: re-adds column staff.salary, dropped by the up migration: its values are not restored
ALTER TABLE public.staff ADD COLUMN salary numeric;

CREATE OR REPLACE VIEW public.staff_public AS
SELECT
  staff.id,
  staff.name,
  staff.salary
FROM public.staff;
