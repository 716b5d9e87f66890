SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE AGGREGATE "Stats"."Rank Of"(VARIADIC "any" ORDER BY VARIADIC "any") (
  FINALFUNC = public.os_rank_final,
  FINALFUNC_EXTRA,
  HYPOTHETICAL,
  SFUNC = public.os_step,
  STYPE = internal
);

CREATE AGGREGATE public.pct(double precision ORDER BY double precision) (
  FINALFUNC = public.pct_final,
  SFUNC = public.pct_step,
  STYPE = internal
);

CREATE AGGREGATE public.ranked(ORDER BY VARIADIC "any") (
  FINALFUNC = public.os_rank_final,
  FINALFUNC_EXTRA,
  SFUNC = public.os_step,
  STYPE = internal
);

CREATE VIEW public.median AS
SELECT
  public.pct(0.5) WITHIN GROUP (ORDER BY readings.v) AS m,
  "Stats"."Rank Of"(1.0) WITHIN GROUP (ORDER BY readings.v) AS r
FROM public.readings;

COMMENT ON AGGREGATE "Stats"."Rank Of"(VARIADIC "any" ORDER BY VARIADIC "any") IS 'hypothetical rank';

COMMENT ON AGGREGATE public.pct(double precision ORDER BY double precision) IS 'continuous percentile';

COMMENT ON AGGREGATE public.ranked(ORDER BY VARIADIC "any") IS 'rank of the whole group';

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION public.pct(double precision, double precision) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "Stats"."Rank Of"("any") TO stats_reader;

GRANT EXECUTE ON FUNCTION public.pct(double precision, double precision) TO stats_reader;
