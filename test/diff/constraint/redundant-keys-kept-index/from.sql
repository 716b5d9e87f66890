-- `PRIMARY KEY UNIQUE` is one key: a unique index beside the primary key is dropped, not turned into a UNIQUE constraint
CREATE TABLE orders (order_id integer PRIMARY KEY, note text);
CREATE UNIQUE INDEX ON orders (order_id);
CREATE TABLE items (id integer PRIMARY KEY, sku text UNIQUE);
