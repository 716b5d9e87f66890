-- old-style aggregates changed: INITCOND1 changed (dropped and created, the view over it too), BASETYPE changed (another pg_proc identity), BASETYPE ANY becoming one argument, SORTOP dropped; written both ways
CREATE SCHEMA "Old Aggs";
CREATE AGGREGATE "Old Aggs"."Sum" (sfunc1 = int4pl, basetype = int4, stype1 = int4, initcond1 = '0');
CREATE AGGREGATE widened (basetype = int4, sfunc = int4pl, stype = int4);
CREATE AGGREGATE counted (basetype = 'ANY', sfunc = int8inc, stype = int8, initcond = '0');
CREATE AGGREGATE biggest (basetype = int4, sfunc = int4larger, stype = int4, sortop = >);
CREATE TABLE t (a integer);
CREATE VIEW v AS SELECT "Old Aggs"."Sum"(a) AS s FROM t;
