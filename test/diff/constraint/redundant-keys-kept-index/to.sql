-- `PRIMARY KEY UNIQUE` is one key: a unique index beside the primary key is dropped, not turned into a UNIQUE constraint
CREATE TABLE orders (order_id integer PRIMARY KEY UNIQUE, note text);
-- and the other way: one constraint written twice becomes no new key
CREATE TABLE items (id integer PRIMARY KEY UNIQUE, sku text UNIQUE UNIQUE);
