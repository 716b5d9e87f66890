-- an existing PL/pgSQL function and table (to.sql says what changes)
CREATE TABLE orders (id int PRIMARY KEY, total numeric);

CREATE FUNCTION order_label(p_id int) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  t orders.total%TYPE;
BEGIN
  SELECT total INTO t FROM orders WHERE id = p_id;
  RETURN t::text;
END $$;
