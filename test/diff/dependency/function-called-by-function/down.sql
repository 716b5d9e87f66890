SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.label: callers fail until it exists again
DROP FUNCTION public.label(integer);

-- hazard breaks-readers: drops function public.fee: callers fail until it exists again
DROP FUNCTION public.fee(integer);

-- hazard breaks-readers: drops function public.cents: callers fail until it exists again
DROP FUNCTION public.cents(bigint);

CREATE FUNCTION public.cents(amount integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
RETURN amount * 100;

CREATE FUNCTION public.fee(amount integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
BEGIN ATOMIC
  SELECT cents(amount) / 10;
END;

CREATE OR REPLACE FUNCTION public.plain_fee(amount integer)
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT cents(amount) / 20$$;

CREATE FUNCTION public.label(amount integer)
RETURNS text
LANGUAGE sql
IMMUTABLE
RETURN (fee(amount))::text || ' cents';
