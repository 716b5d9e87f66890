SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of desks policy desks_owner lets roles see or write
DROP POLICY desks_owner ON public.desks;

-- hazard breaks-readers: drops function public.staff_count: callers fail until it exists again
DROP FUNCTION public.staff_count();

-- lock: ACCESS EXCLUSIVE on public.staff_public
DROP VIEW public.staff_public;

-- lock: ACCESS EXCLUSIVE on public.staff
-- hazard deletes-data: drops column staff.salary and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.staff DROP COLUMN salary;

CREATE VIEW public.staff_public AS
SELECT
  staff.id,
  staff.name
FROM public.staff;

CREATE FUNCTION public.staff_count()
RETURNS bigint
LANGUAGE sql
STABLE
RETURN (SELECT count(*)
FROM staff_public);

-- lock: ACCESS EXCLUSIVE on public.desks
-- hazard breaks-readers: changes which rows of desks policy desks_owner lets roles see or write
CREATE POLICY desks_owner ON public.desks USING (owner IN (SELECT id
FROM staff_public));
