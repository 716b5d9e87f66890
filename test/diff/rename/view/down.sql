SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.positives
-- hazard breaks-readers: renames view public.positives to positive: code using the old name fails once this runs
ALTER VIEW public.positives RENAME TO positive;

-- lock: ACCESS EXCLUSIVE on public.t_stats
-- hazard breaks-readers: renames materialized view public.t_stats to stats: code using the old name fails once this runs
ALTER MATERIALIZED VIEW public.t_stats RENAME TO stats;
