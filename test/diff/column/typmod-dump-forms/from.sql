-- forms PostgreSQL stores as one typmod: numeric(p) = numeric(p,0), precisions above 6 of
-- time, timestamp and interval reduced to 6 (with a warning); pg_dump prints the stored form
CREATE TABLE u (
  a numeric(5) NOT NULL,
  b decimal(7)[],
  c timestamp(7),
  d time(9) with time zone,
  e interval(8),
  f interval day to second(7),
  g float(24),
  h float(25),
  i float,
  j decimal
);
CREATE TABLE p (a numeric(3), k int) PARTITION BY RANGE (k);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE DOMAIN money5 AS numeric(5);
