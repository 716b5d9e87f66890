CREATE TABLE logs (
  id int PRIMARY KEY,
  a interval(6),
  b interval second(3),
  c interval day to second(3),
  d interval(9),
  e interval hour to second,
  f interval(1),
  g interval year,
  h interval month,
  i interval day,
  j interval hour,
  k interval minute,
  l interval second(0),
  m interval day to minute,
  n interval hour to minute,
  o interval minute to second(2),
  p interval year to month[] DEFAULT '{}',
  q interval day to second DEFAULT '1 day 02:00:00'::interval day to second NOT NULL
);
CREATE TABLE measures (at date NOT NULL, span interval day to minute) PARTITION BY RANGE (at);
CREATE TABLE measures_2024 PARTITION OF measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE base (lag interval minute to second(1));
CREATE TABLE child (extra int) INHERITS (base);
CREATE TYPE window_t AS (len interval day to second(3));
CREATE DOMAIN months AS interval year to month;
CREATE DOMAIN seconds AS interval second(2);
