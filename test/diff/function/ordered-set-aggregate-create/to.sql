-- ordered-set and hypothetical-set aggregates: created after their functions, named as PostgreSQL prints them in DROP and COMMENT (ORDER BY VARIADIC "any"; a VARIADIC direct argument written again after ORDER BY) and by pg_proc's argument types in GRANT; one in a schema other than public with a quoted name; a view calling one WITHIN GROUP comes after it
CREATE SCHEMA "Stats";
CREATE FUNCTION os_step(internal, VARIADIC "any") RETURNS internal LANGUAGE internal AS 'ordered_set_transition_multi';
CREATE FUNCTION os_rank_final(internal, VARIADIC "any") RETURNS bigint LANGUAGE internal AS 'hypothetical_rank_final';
CREATE FUNCTION pct_step(internal, double precision) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
CREATE FUNCTION pct_final(internal, double precision) RETURNS double precision LANGUAGE internal AS 'percentile_cont_float8_final';
CREATE TABLE readings (v double precision);
CREATE AGGREGATE ranked(ORDER BY VARIADIC "any") (SFUNC = os_step, STYPE = internal, FINALFUNC = os_rank_final, FINALFUNC_EXTRA);
CREATE AGGREGATE "Stats"."Rank Of"(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = os_step, STYPE = internal, FINALFUNC = os_rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE pct(float8 ORDER BY float8) (SFUNC = pct_step, STYPE = internal, FINALFUNC = pct_final, FINALFUNC_MODIFY = READ_WRITE);
CREATE VIEW median AS SELECT pct(0.5) WITHIN GROUP (ORDER BY v) AS m, "Stats"."Rank Of"(1.0) WITHIN GROUP (ORDER BY v) AS r FROM readings;
COMMENT ON AGGREGATE ranked(ORDER BY VARIADIC "any") IS 'rank of the whole group';
COMMENT ON AGGREGATE "Stats"."Rank Of"(VARIADIC "any" ORDER BY VARIADIC "any") IS 'hypothetical rank';
COMMENT ON AGGREGATE pct(double precision ORDER BY double precision) IS 'continuous percentile';
REVOKE ALL ON FUNCTION pct(double precision, double precision) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pct(double precision, double precision) TO stats_reader;
GRANT EXECUTE ON FUNCTION "Stats"."Rank Of"(VARIADIC "any") TO stats_reader;
