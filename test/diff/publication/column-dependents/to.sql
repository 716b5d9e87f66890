CREATE TABLE t (
  id int PRIMARY KEY,
  -- pgshift:renamed-from qty
  quantity int,
  price bigint,
  note text
);
CREATE TABLE u (id int PRIMARY KEY, flag int);
-- qty renamed (the member follows it), price retyped (the member is dropped around ALTER TYPE), gone dropped with q's filter
CREATE PUBLICATION p FOR TABLE t (id, quantity, price) WHERE (quantity > 0 AND price::numeric > 1.5), u (id, flag);
CREATE PUBLICATION q FOR TABLE u;
