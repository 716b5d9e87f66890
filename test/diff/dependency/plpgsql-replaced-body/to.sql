-- A body replaced (CREATE OR REPLACE) to declare a column added in the same migration and the row
-- type of a new table: the replacement comes after ADD COLUMN and CREATE TABLE in up; in down the
-- old body comes back before the table and the column are dropped. A new function declaring the new
-- column's type (schema-qualified, PostgreSQL 15's three-part form) comes after it too.
CREATE TABLE orders (id int PRIMARY KEY, total numeric, currency char(3));

CREATE TABLE order_notes (order_id int REFERENCES orders, note text);

CREATE FUNCTION order_label(p_id int) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  t orders.total%TYPE;
  cur orders.currency%TYPE;
  n order_notes%ROWTYPE;
BEGIN
  SELECT total, currency INTO t, cur FROM orders WHERE id = p_id;
  SELECT * INTO n FROM order_notes WHERE order_id = p_id LIMIT 1;
  RETURN t::text || ' ' || cur || coalesce(' ' || n.note, '');
END $$;

CREATE FUNCTION default_currency() RETURNS char(3) LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  c public.orders.currency%TYPE := 'EUR';
BEGIN
  RETURN c;
END $$;
