SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function Plan Aid.Span Of: callers fail until it exists again
DROP FUNCTION "Plan Aid"."Span Of"(integer, integer);

-- hazard breaks-readers: drops function Plan Aid.Like Support: callers fail until it exists again
DROP FUNCTION "Plan Aid"."Like Support"(internal);

-- hazard breaks-readers: drops function public.series: callers fail until it exists again
DROP FUNCTION public.series(integer);
