-- the old syntax of CREATE AGGREGATE (BASETYPE, SFUNC1 / STYPE1 / INITCOND1, or the new option names) equals pg_dump's new-style form: BASETYPE ANY in any spelling is (*), a quoted BASETYPE, SFUNC or STYPE is a name, _int8 is bigint[], SORTOP found in pg_catalog, defaults (SSPACE 0, MSSPACE 0, PARALLEL UNSAFE) left out, pg_catalog's support functions unqualified
CREATE SCHEMA "Old Aggs";
CREATE DOMAIN pos AS integer CHECK (VALUE > 0);
CREATE FUNCTION arr_step(integer[], anyelement) RETURNS integer[] LANGUAGE sql STRICT AS 'SELECT $1';
CREATE FUNCTION arr_final(integer[]) RETURNS integer[] LANGUAGE sql STRICT AS 'SELECT $1';
CREATE AGGREGATE cnt_any (sfunc = int8inc, basetype = 'any', stype = int8, initcond = '0');
CREATE AGGREGATE cnt_kw (sfunc = int8inc, basetype = any, stype = int8, initcond = 0);
CREATE AGGREGATE "Old Aggs"."Cnt" (sfunc1 = int8inc, basetype = "ANY", stype1 = int8, initcond1 = '0');
CREATE AGGREGATE sum_old (sfunc1 = int4pl, basetype = int4, stype1 = int4, initcond1 = '0');
CREATE AGGREGATE sum_quoted (sfunc1 = 'int4pl', basetype = 'int4', stype1 = 'int4', sspace = 0);
CREATE AGGREGATE avg_old (sfunc = int4_avg_accum, basetype = int4, stype = _int8, finalfunc = int8_avg, initcond1 = '{0,0}');
CREATE AGGREGATE max_old (basetype = int4, sfunc = pg_catalog.int4larger, stype = int4, sortop = >);
CREATE AGGREGATE sum_pos (basetype = pos, sfunc = int4pl, stype = int4);
CREATE AGGREGATE poly_old (basetype = anyelement, sfunc = arr_step, stype = int[], finalfunc = arr_final, initcond = '{}');
CREATE AGGREGATE sum_new (int4) (sfunc = int4pl, stype = int4, msfunc = int4pl, minvfunc = int4mi, mstype = int4, msspace = 0, minitcond = 0, parallel = unsafe);
CREATE TABLE t (a integer);
CREATE VIEW v AS SELECT cnt_any(*) AS n, sum_old(a) AS s, max_old(a) AS m, "Old Aggs"."Cnt"(*) AS c FROM t;
COMMENT ON AGGREGATE sum_old(integer) IS 'old sum';
