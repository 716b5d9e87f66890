CREATE TABLE u (
  a numeric(5,0) NOT NULL,
  b numeric(7,0)[],
  c timestamp(6) without time zone,
  d time(6) with time zone,
  e interval(6),
  f interval day to second(6),
  g real,
  h double precision,
  i double precision,
  j numeric
);
CREATE TABLE p (a numeric(3,0), k integer) PARTITION BY RANGE (k);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE DOMAIN money5 AS numeric(5,0);
