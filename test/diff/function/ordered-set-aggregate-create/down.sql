SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.median
DROP VIEW public.median;

-- hazard breaks-readers: drops function Stats.Rank Of: callers fail until it exists again
DROP AGGREGATE "Stats"."Rank Of"(VARIADIC "any" ORDER BY VARIADIC "any");

-- hazard breaks-readers: drops function public.pct: callers fail until it exists again
DROP AGGREGATE public.pct(double precision ORDER BY double precision);

-- hazard breaks-readers: drops function public.ranked: callers fail until it exists again
DROP AGGREGATE public.ranked(ORDER BY VARIADIC "any");
