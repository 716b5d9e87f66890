SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.positive
-- hazard breaks-readers: renames view public.positive to positives: code using the old name fails once this runs
ALTER VIEW public.positive RENAME TO positives;

-- lock: ACCESS EXCLUSIVE on public.stats
-- hazard breaks-readers: renames materialized view public.stats to t_stats: code using the old name fails once this runs
ALTER MATERIALIZED VIEW public.stats RENAME TO t_stats;
