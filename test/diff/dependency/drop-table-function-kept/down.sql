SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TYPE public.legacy_kind AS ENUM ('a', 'b');

CREATE OR REPLACE FUNCTION public.is_a(k text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
RETURN CAST(k AS legacy_kind) = 'a';

-- hazard irreversible: re-creates table public.old_rates, dropped by the up migration: its rows are not restored
CREATE TABLE public.old_rates (
  code text NOT NULL,
  rate numeric,
  CONSTRAINT old_rates_pkey PRIMARY KEY (code)
);

CREATE OR REPLACE FUNCTION public.rate_of(c text)
RETURNS numeric
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT rate FROM old_rates WHERE code = c;
END;

CREATE OR REPLACE VIEW public.all_rates AS
SELECT
  old_rates.code,
  old_rates.rate
FROM public.old_rates;
