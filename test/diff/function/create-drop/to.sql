CREATE TABLE items (id int PRIMARY KEY, price numeric, tags text[]);
CREATE FUNCTION add(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT a + b $$;
CREATE FUNCTION split_price(p numeric, OUT whole bigint, OUT cents int) LANGUAGE plpgsql AS $$
BEGIN
  whole := trunc(p);
  cents := ((p - trunc(p)) * 100)::int;
END
$$;
CREATE FUNCTION expensive(min numeric) RETURNS SETOF items LANGUAGE sql STABLE ROWS 10 AS $$ SELECT * FROM items WHERE price > min $$;
CREATE FUNCTION tagged(VARIADIC wanted text[]) RETURNS TABLE (item int, n int) LANGUAGE sql AS $$
  SELECT id, cardinality(tags) FROM items WHERE tags @> wanted
$$;
CREATE FUNCTION secret() RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET work_mem = '8MB' COST 500 AS $body$
BEGIN
  RETURN 'it''s $$ a secret';
END;
$body$;
COMMENT ON FUNCTION add(int, int) IS 'adds';
