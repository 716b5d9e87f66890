SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.big
DROP VIEW public.big;

-- hazard breaks-readers: drops function public.top: callers fail until it exists again
DROP FUNCTION public.top();

-- lock: ACCESS EXCLUSIVE on public.totals
DROP MATERIALIZED VIEW public.totals;

CREATE VIEW public.totals AS
SELECT
  t.id,
  t.v * 2 AS doubled
FROM public.t;

CREATE FUNCTION public.top()
RETURNS integer
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT max(doubled) FROM totals;
END;

CREATE VIEW public.big AS
SELECT
  totals.id,
  totals.doubled
FROM public.totals
WHERE
  totals.doubled > 10;

-- lock: SHARE ROW EXCLUSIVE on public.big
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER big_ins INSTEAD OF INSERT ON public.big
FOR EACH ROW
EXECUTE FUNCTION public.big_ins();
