SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.old_one: callers fail until it exists again
DROP FUNCTION public.old_one();

CREATE FUNCTION public.add(a integer, b integer DEFAULT 1)
RETURNS integer
LANGUAGE sql
IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT a + b $$;

CREATE FUNCTION public.secret()
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER COST 500
SET search_path TO 'public', 'pg_temp'
SET work_mem TO '8MB'
AS $_$
BEGIN
  RETURN 'it''s $$ a secret';
END;
$_$;

CREATE FUNCTION public.split_price(p numeric, OUT whole bigint, OUT cents integer)
RETURNS record
LANGUAGE plpgsql
AS $$
BEGIN
  whole := trunc(p);
  cents := ((p - trunc(p)) * 100)::int;
END
$$;

CREATE TABLE public.items (
  id integer NOT NULL,
  price numeric,
  tags text[],
  CONSTRAINT items_pkey PRIMARY KEY (id)
);

CREATE FUNCTION public.expensive(min numeric)
RETURNS SETOF public.items
LANGUAGE sql
STABLE ROWS 10
AS $$ SELECT * FROM items WHERE price > min $$;

CREATE FUNCTION public.tagged(VARIADIC wanted text[])
RETURNS TABLE(item integer, n integer)
LANGUAGE sql
AS $$
  SELECT id, cardinality(tags) FROM items WHERE tags @> wanted
$$;

COMMENT ON FUNCTION public.add(integer, integer) IS 'adds';
