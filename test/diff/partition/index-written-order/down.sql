-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p1
DROP INDEX CONCURRENTLY public.p1_also_a;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.p_a;

-- lock: ACCESS EXCLUSIVE on public.p
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.p_b;
