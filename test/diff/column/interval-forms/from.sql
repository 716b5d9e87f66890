-- interval's modifiers are fields and a precision (format_type: interval(3), interval year to month,
-- interval day to second(3)); the grammar hands them over as a bit mask and INTERVAL_FULL_RANGE
CREATE TABLE logs (
  id int PRIMARY KEY,
  a interval year to month,
  b interval second,
  c interval,
  d interval(2),
  e interval hour to second(4)
);
CREATE TABLE measures (at date NOT NULL, span interval day to hour) PARTITION BY RANGE (at);
CREATE TABLE measures_2024 PARTITION OF measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE base (lag interval minute);
CREATE TABLE child (extra int) INHERITS (base);
CREATE TYPE window_t AS (len interval day to second(3));
CREATE DOMAIN months AS interval year to month;
