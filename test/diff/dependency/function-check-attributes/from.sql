CREATE FUNCTION cap() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 100';
CREATE TABLE orders (id int PRIMARY KEY, qty int, CONSTRAINT orders_qty_cap CHECK (qty <= cap()));
COMMENT ON CONSTRAINT orders_qty_cap ON orders IS 'at most cap()';
ALTER TABLE orders ADD CONSTRAINT orders_qty_loose CHECK (qty < cap() * 2) NOT VALID;
COMMENT ON CONSTRAINT orders_qty_loose ON orders IS 'not checked on old rows';
