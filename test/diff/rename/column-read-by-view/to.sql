CREATE TABLE t (
  id int PRIMARY KEY,
  -- pgshift:renamed-from qty
  quantity int
);
-- the view follows the rename; its output column is renamed too, which needs it recreated
CREATE VIEW big AS SELECT id, quantity FROM t WHERE quantity > 10;
