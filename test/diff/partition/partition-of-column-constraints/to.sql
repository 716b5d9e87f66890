CREATE TABLE m (id integer, u integer, v text) PARTITION BY RANGE (id);
-- constraints, defaults and NOT NULL written in a PARTITION OF column list are the partition's own
CREATE TABLE m1 PARTITION OF m (u DEFAULT 0 CHECK (u >= 0), v NOT NULL)
  FOR VALUES FROM (0) TO (10);
CREATE TABLE m2 PARTITION OF m (
  id NOT NULL,
  u CONSTRAINT "m2 positive" CHECK (u > 0) DEFAULT 1,
  v UNIQUE,
  CONSTRAINT m2_range CHECK (id >= 10)
) FOR VALUES FROM (10) TO (20);
