-- a changed ordered-set aggregate is dropped and created (its comment comes back): another final function and HYPOTHETICAL added, FINALFUNC_MODIFY = READ_ONLY (READ_WRITE is the default of ordered-set aggregates, left out); a plain aggregate becomes an ordered-set one with the same pg_proc argument types; one is dropped; a comment changes alone
CREATE FUNCTION os_step(internal, VARIADIC "any") RETURNS internal LANGUAGE internal AS 'ordered_set_transition_multi';
CREATE FUNCTION os_rank_final(internal, VARIADIC "any") RETURNS bigint LANGUAGE internal AS 'hypothetical_rank_final';
CREATE FUNCTION os_dense_final(internal, VARIADIC "any") RETURNS bigint LANGUAGE internal AS 'hypothetical_dense_rank_final';
CREATE FUNCTION pct_step(internal, double precision) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
CREATE FUNCTION pct_final(internal, double precision) RETURNS double precision LANGUAGE internal AS 'percentile_cont_float8_final';
CREATE FUNCTION pair_step(internal, double precision, double precision) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
CREATE FUNCTION pair_final(internal) RETURNS double precision LANGUAGE internal AS 'percentile_cont_float8_final';
CREATE AGGREGATE ranked(ORDER BY VARIADIC "any") (SFUNC = os_step, STYPE = internal, FINALFUNC = os_rank_final, FINALFUNC_EXTRA);
CREATE AGGREGATE hrank(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = os_step, STYPE = internal, FINALFUNC = os_dense_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE pct(float8 ORDER BY float8) (SFUNC = pct_step, STYPE = internal, FINALFUNC = pct_final, FINALFUNC_MODIFY = READ_ONLY);
CREATE AGGREGATE flip(float8 ORDER BY float8) (SFUNC = pct_step, STYPE = internal, FINALFUNC = pct_final);
COMMENT ON AGGREGATE pct(double precision ORDER BY double precision) IS 'percentile';
COMMENT ON AGGREGATE ranked(ORDER BY VARIADIC "any") IS 'rank of the group';
