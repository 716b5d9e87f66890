CREATE TABLE products (id integer, sku text, name text);
CREATE UNIQUE INDEX products_sku ON products (sku);
CREATE INDEX products_name ON products (name);
CREATE TABLE stock (sku text REFERENCES products (sku));
