SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of notes policy notes_tenant lets roles see or write
DROP POLICY notes_tenant ON public.notes;

-- hazard breaks-readers: drops function public.tenant_notes: callers fail until it exists again
DROP FUNCTION public.tenant_notes();

-- lock: ACCESS EXCLUSIVE on public.notes
ALTER TABLE public.notes ALTER COLUMN tenant DROP DEFAULT;

-- hazard breaks-readers: drops function public.current_tenant: callers fail until it exists again
DROP FUNCTION public.current_tenant();

CREATE FUNCTION public.current_tenant()
RETURNS integer
LANGUAGE sql
STABLE
AS $$SELECT 1$$;

CREATE FUNCTION public.tenant_notes()
RETURNS bigint
LANGUAGE sql
STABLE
RETURN (SELECT count(*)
FROM notes
WHERE
  tenant = current_tenant());

-- lock: ACCESS EXCLUSIVE on public.notes
ALTER TABLE public.notes ALTER COLUMN tenant SET DEFAULT current_tenant();

-- lock: ACCESS EXCLUSIVE on public.notes
-- hazard breaks-readers: changes which rows of notes policy notes_tenant lets roles see or write
CREATE POLICY notes_tenant ON public.notes USING (tenant = current_tenant()) WITH CHECK (tenant = current_tenant());
