-- ALTER COLUMN … TYPE rebuilds the CHECKs, index expressions and predicates reading the column from
-- their stored form, keeping the old type's casts (numeric → integer leaves `(qty)::numeric > (0)::numeric`;
-- timestamp → timestamptz keeps a timestamp literal): they are dropped and created again, with their
-- comments; a new length alone (code varchar(8) → varchar(16)) leaves them be. Partitions' own CHECKs
-- and indexes follow the parent's type change; inherited CHECK copies follow the parent's.
CREATE TABLE items (
  id int PRIMARY KEY,
  qty numeric CONSTRAINT items_qty_positive CHECK (qty > 0),
  seen timestamp,
  code varchar(8) CHECK (code <> ''),
  tags int CHECK (tags IN (1, 2, 3))
);
CREATE INDEX items_big ON items (id) WHERE qty > 100;
CREATE INDEX items_day ON items ((seen > '2020-01-01'));
CREATE INDEX items_code ON items (lower(code));
COMMENT ON CONSTRAINT items_qty_positive ON items IS 'no empty lines';
COMMENT ON INDEX items_big IS 'large orders';
CREATE TABLE events (id int, at timestamp, CHECK (at > '2000-01-01')) PARTITION BY RANGE (id);
CREATE TABLE events_1 PARTITION OF events (CONSTRAINT events_1_recent CHECK (at > '2010-01-01')) FOR VALUES FROM (0) TO (100);
CREATE INDEX events_1_late ON events_1 (id) WHERE at > '2020-01-01';
CREATE TABLE base (n numeric CHECK (n > 1));
CREATE TABLE base_child (CONSTRAINT base_child_small CHECK (n < 1000)) INHERITS (base);
