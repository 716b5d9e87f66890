CREATE TABLE other (id integer);
CREATE TABLE item (id integer, qty integer);
CREATE TABLE item_old () INHERITS (item);
ALTER TABLE item ADD CONSTRAINT item_qty_check CHECK (qty >= 0) NOT VALID;
CREATE TABLE item_new () INHERITS (item);
