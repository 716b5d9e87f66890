SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER alerts_high ON public.alerts;

-- hazard breaks-readers: changes which rows of alerts policy alerts_visible lets roles see or write
DROP POLICY alerts_visible ON public.alerts;

-- hazard breaks-readers: drops function public.high_alerts: callers fail until it exists again
DROP FUNCTION public.high_alerts();

-- hazard may-fail: recreates type level without 'legacy': rows holding those values make it fail
-- hazard rewrites-table: converts 1 column(s) to the new type
ALTER TYPE public.level RENAME TO level__pgshift_old;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
CREATE TYPE public.level AS ENUM ('low', 'mid', 'high');

-- lock: ACCESS EXCLUSIVE on public.alerts; rewrites the table; USING expression rewrites the table
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.alerts ALTER COLUMN level TYPE public.level USING level::text::public.level;

DROP TYPE public.level__pgshift_old;

CREATE FUNCTION public.high_alerts()
RETURNS bigint
LANGUAGE sql
STABLE
RETURN (SELECT count(*)
FROM alerts
WHERE
  level = 'high');

-- lock: ACCESS EXCLUSIVE on public.alerts
-- hazard breaks-readers: changes which rows of alerts policy alerts_visible lets roles see or write
CREATE POLICY alerts_visible ON public.alerts USING (level <> 'low');

-- lock: SHARE ROW EXCLUSIVE on public.alerts
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER alerts_high AFTER INSERT ON public.alerts
FOR EACH ROW
WHEN (new.level = 'high')
EXECUTE FUNCTION public.notify();
