CREATE SCHEMA "Old Aggs";
CREATE AGGREGATE "Old Aggs"."Sum"(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '10');
CREATE AGGREGATE widened (basetype = int8, sfunc = int8pl, stype = int8);
CREATE AGGREGATE counted (basetype = int4, sfunc = int4pl, stype = int4, initcond = '0');
CREATE AGGREGATE biggest(integer) (SFUNC = int4larger, STYPE = integer);
CREATE TABLE t (a integer);
CREATE VIEW v AS SELECT "Old Aggs"."Sum"(a) AS s FROM t;
