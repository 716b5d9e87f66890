SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE FUNCTION public.is_a(k text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
RETURN k = 'a';

CREATE OR REPLACE FUNCTION public.rate_of(c text)
RETURNS numeric
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT rate FROM rates WHERE code = c;
END;

CREATE OR REPLACE VIEW public.all_rates AS
SELECT
  rates.code,
  rates.rate
FROM public.rates;

-- lock: ACCESS EXCLUSIVE on public.old_rates
-- hazard deletes-data: drops table public.old_rates and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.old_rates;

DROP TYPE public.legacy_kind;
