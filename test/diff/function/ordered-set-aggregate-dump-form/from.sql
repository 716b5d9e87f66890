-- pg_dump's form of ordered-set and hypothetical-set aggregates equals the schema as written: signatures printed by PostgreSQL (double precision, ORDER BY VARIADIC "any"), support functions qualified, FINALFUNC_EXTRA and HYPOTHETICAL bare, the default FINALFUNC_MODIFY left out, GRANT on pg_proc's argument types, a WITHIN GROUP call in a view
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
