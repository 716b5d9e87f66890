CREATE SCHEMA "Stats";

CREATE FUNCTION public.os_rank_final(internal, VARIADIC "any") RETURNS bigint
    LANGUAGE internal
    AS $$hypothetical_rank_final$$;

CREATE FUNCTION public.os_step(internal, VARIADIC "any") RETURNS internal
    LANGUAGE internal
    AS $$ordered_set_transition_multi$$;

CREATE FUNCTION public.pct_final(internal, double precision) RETURNS double precision
    LANGUAGE internal
    AS $$percentile_cont_float8_final$$;

CREATE FUNCTION public.pct_step(internal, double precision) RETURNS internal
    LANGUAGE internal
    AS $$ordered_set_transition$$;

CREATE AGGREGATE "Stats"."Rank Of"(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = public.os_step,
    STYPE = internal,
    FINALFUNC = public.os_rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);

COMMENT ON AGGREGATE "Stats"."Rank Of"(VARIADIC "any" ORDER BY VARIADIC "any") IS 'hypothetical rank';

CREATE AGGREGATE public.pct(double precision ORDER BY double precision) (
    SFUNC = public.pct_step,
    STYPE = internal,
    FINALFUNC = public.pct_final
);

COMMENT ON AGGREGATE public.pct(double precision ORDER BY double precision) IS 'continuous percentile';

CREATE AGGREGATE public.ranked(ORDER BY VARIADIC "any") (
    SFUNC = public.os_step,
    STYPE = internal,
    FINALFUNC = public.os_rank_final,
    FINALFUNC_EXTRA
);

COMMENT ON AGGREGATE public.ranked(ORDER BY VARIADIC "any") IS 'rank of the whole group';

CREATE TABLE public.readings (
    v double precision
);

CREATE VIEW public.median AS
 SELECT public.pct((0.5)::double precision) WITHIN GROUP (ORDER BY readings.v) AS m,
    "Stats"."Rank Of"((1.0)::double precision) WITHIN GROUP (ORDER BY readings.v) AS r
   FROM public.readings;

GRANT ALL ON FUNCTION "Stats"."Rank Of"("any") TO stats_reader;

REVOKE ALL ON FUNCTION public.pct(double precision, double precision) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pct(double precision, double precision) TO stats_reader;

