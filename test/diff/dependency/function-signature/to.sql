-- both functions change signature or result: what uses them is dropped first and restored after
CREATE FUNCTION valid_code(c bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT c > 0';
CREATE FUNCTION next_code() RETURNS bigint LANGUAGE sql AS 'SELECT 1';
CREATE TABLE products (
  id int PRIMARY KEY,
  code int NOT NULL DEFAULT next_code() CHECK (valid_code(code))
);
CREATE INDEX products_valid ON products (id) WHERE valid_code(code);
CREATE VIEW valid_products AS SELECT id FROM products WHERE valid_code(code);
