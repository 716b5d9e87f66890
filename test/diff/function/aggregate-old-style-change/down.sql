SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.v
DROP VIEW public.v;

-- hazard breaks-readers: drops function Old Aggs.Sum: callers fail until it exists again
DROP AGGREGATE "Old Aggs"."Sum"(integer);

-- hazard breaks-readers: drops function public.biggest: callers fail until it exists again
DROP AGGREGATE public.biggest(integer);

-- hazard breaks-readers: drops function public.counted: callers fail until it exists again
DROP AGGREGATE public.counted(integer);

-- hazard breaks-readers: drops function public.widened: callers fail until it exists again
DROP AGGREGATE public.widened(bigint);

CREATE AGGREGATE "Old Aggs"."Sum"(integer) (
  INITCOND = '0',
  SFUNC = int4pl,
  STYPE = integer
);

CREATE AGGREGATE public.biggest(integer) (
  SFUNC = int4larger,
  SORTOP = OPERATOR(pg_catalog.>),
  STYPE = integer
);

CREATE AGGREGATE public.counted(*) (
  INITCOND = '0',
  SFUNC = int8inc,
  STYPE = bigint
);

CREATE AGGREGATE public.widened(integer) (
  SFUNC = int4pl,
  STYPE = integer
);

CREATE VIEW public.v AS
SELECT "Old Aggs"."Sum"(t.a) AS s
FROM public.t;
