-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.points
DROP INDEX CONCURRENTLY public.points_p;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.points
DROP INDEX CONCURRENTLY public.points_p_hash;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.points
DROP INDEX CONCURRENTLY public.points_tags;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP OPERATOR FAMILY public.pair_array_ops USING gin;

DROP OPERATOR FAMILY public.pair_hash_ops USING hash;

DROP OPERATOR FAMILY public.pair_ops USING btree;

DROP OPERATOR public.<<< (public.pair, integer);

DROP OPERATOR public.<<< (public.pair, public.pair);

DROP OPERATOR public.=== (public.pair, public.pair);

-- hazard breaks-readers: drops function public.pair_cmp: callers fail until it exists again
DROP FUNCTION public.pair_cmp(public.pair, public.pair);

-- hazard breaks-readers: drops function public.pair_eq: callers fail until it exists again
DROP FUNCTION public.pair_eq(public.pair, public.pair);

-- hazard breaks-readers: drops function public.pair_hash: callers fail until it exists again
DROP FUNCTION public.pair_hash(public.pair);

-- hazard breaks-readers: drops function public.pair_int_cmp: callers fail until it exists again
DROP FUNCTION public.pair_int_cmp(public.pair, integer);

-- hazard breaks-readers: drops function public.pair_int_lt: callers fail until it exists again
DROP FUNCTION public.pair_int_lt(public.pair, integer);

-- hazard breaks-readers: drops function public.pair_lt: callers fail until it exists again
DROP FUNCTION public.pair_lt(public.pair, public.pair);
