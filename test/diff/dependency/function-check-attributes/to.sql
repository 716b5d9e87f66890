-- the function's result changes: its CHECKs come back with their comments, the NOT VALID one still NOT VALID
CREATE FUNCTION cap() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 100';
CREATE TABLE orders (id int PRIMARY KEY, qty int, CONSTRAINT orders_qty_cap CHECK (qty <= cap()));
COMMENT ON CONSTRAINT orders_qty_cap ON orders IS 'at most cap()';
ALTER TABLE orders ADD CONSTRAINT orders_qty_loose CHECK (qty < cap() * 2) NOT VALID;
COMMENT ON CONSTRAINT orders_qty_loose ON orders IS 'not checked on old rows';
