CREATE FUNCTION norm(code text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(code)';
CREATE TABLE items (id int PRIMARY KEY, code text, active boolean);
CREATE INDEX items_norm ON items (norm(code)) WITH (fillfactor = 70) WHERE active;
COMMENT ON INDEX items_norm IS 'normalized codes';
ALTER INDEX items_norm ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX items_active ON items (id) WHERE norm(code) <> '';
