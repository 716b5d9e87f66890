-- the unique index (no constraint) a foreign key uses changes (INCLUDE): DROP INDEX needs the foreign
-- key out of the way; a non-unique index changing needs nothing
CREATE TABLE products (id integer, sku text, name text);
CREATE UNIQUE INDEX products_sku ON products (sku) INCLUDE (name);
CREATE INDEX products_name ON products (name, id);
CREATE TABLE stock (sku text REFERENCES products (sku));
