SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.flip: callers fail until it exists again
DROP AGGREGATE public.flip(double precision, double precision);

-- hazard breaks-readers: drops function public.gone: callers fail until it exists again
DROP AGGREGATE public.gone(double precision ORDER BY double precision);

-- hazard breaks-readers: drops function public.hrank: callers fail until it exists again
DROP AGGREGATE public.hrank(VARIADIC "any" ORDER BY VARIADIC "any");

-- hazard breaks-readers: drops function public.pct: callers fail until it exists again
DROP AGGREGATE public.pct(double precision ORDER BY double precision);

CREATE AGGREGATE public.flip(double precision ORDER BY double precision) (
  FINALFUNC = public.pct_final,
  SFUNC = public.pct_step,
  STYPE = internal
);

CREATE AGGREGATE public.hrank(VARIADIC "any" ORDER BY VARIADIC "any") (
  FINALFUNC = public.os_dense_final,
  FINALFUNC_EXTRA,
  HYPOTHETICAL,
  SFUNC = public.os_step,
  STYPE = internal
);

CREATE AGGREGATE public.pct(double precision ORDER BY double precision) (
  FINALFUNC = public.pct_final,
  FINALFUNC_MODIFY = READ_ONLY,
  SFUNC = public.pct_step,
  STYPE = internal
);

COMMENT ON AGGREGATE public.pct(double precision ORDER BY double precision) IS 'percentile';

COMMENT ON AGGREGATE public.ranked(ORDER BY VARIADIC "any") IS 'rank of the group';
