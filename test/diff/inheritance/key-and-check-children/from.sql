-- INHERITS children: a primary key added to the parent makes its columns NOT NULL in every child, and a CHECK added NOT VALID is NOT VALID in the children that existed then, valid in one created after it.
CREATE TABLE item (id integer, sku text, qty integer);
CREATE TABLE item_old () INHERITS (item);
CREATE TABLE item_new () INHERITS (item);
