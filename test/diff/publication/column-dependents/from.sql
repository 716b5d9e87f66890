CREATE TABLE t (
  id int PRIMARY KEY,
  qty int,
  price int,
  note text
);
CREATE TABLE u (id int PRIMARY KEY, flag int, gone int);
-- the column list and row filter depend on the columns they name
CREATE PUBLICATION p FOR TABLE t (id, qty, price) WHERE (qty > 0 AND price::numeric > 1.5), u (id, flag);
CREATE PUBLICATION q FOR TABLE u WHERE (gone IS NULL);
