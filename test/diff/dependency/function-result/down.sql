SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cheap
DROP VIEW public.cheap;

-- lock: ACCESS EXCLUSIVE on public.priced
DROP VIEW public.priced;

-- hazard breaks-readers: drops function public.with_tax: callers fail until it exists again
DROP FUNCTION public.with_tax(numeric);

CREATE FUNCTION public.with_tax(p numeric)
RETURNS numeric
LANGUAGE sql
IMMUTABLE
AS $$SELECT p * 1.2$$;

CREATE VIEW public.priced AS
SELECT
  t.id,
  public.with_tax(t.price) AS gross
FROM public.t;

CREATE VIEW public.cheap AS
SELECT priced.id
FROM public.priced
WHERE
  priced.gross < 10;
