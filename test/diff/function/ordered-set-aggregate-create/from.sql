CREATE SCHEMA "Stats";
CREATE FUNCTION os_step(internal, VARIADIC "any") RETURNS internal LANGUAGE internal AS 'ordered_set_transition_multi';
CREATE FUNCTION os_rank_final(internal, VARIADIC "any") RETURNS bigint LANGUAGE internal AS 'hypothetical_rank_final';
CREATE FUNCTION pct_step(internal, double precision) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
CREATE FUNCTION pct_final(internal, double precision) RETURNS double precision LANGUAGE internal AS 'percentile_cont_float8_final';
CREATE TABLE readings (v double precision);
