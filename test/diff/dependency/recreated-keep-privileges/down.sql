SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.leaderboard
DROP VIEW public.leaderboard;

-- hazard breaks-readers: changes which rows of scores policy scores_positive lets roles see or write
DROP POLICY scores_positive ON public.scores;

-- hazard breaks-readers: drops function public.top_score: callers fail until it exists again
DROP FUNCTION public.top_score();

-- lock: ACCESS EXCLUSIVE on public.scores; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing points from bigint to integer may rewrite scores under ACCESS EXCLUSIVE
-- hazard may-fail: values of points outside the range of integer make the type change fail
-- this rewrites public.scores under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.scores ADD COLUMN points_new integer;  -- plus a trigger copying writes
--   2. backfill points_new from points in batches
--   3. in one short transaction: drop points, rename points_new to points
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.scores ALTER COLUMN points TYPE integer;

CREATE FUNCTION public.top_score()
RETURNS integer
LANGUAGE sql
STABLE
RETURN (SELECT max(points)
FROM scores);

CREATE VIEW public.leaderboard AS
SELECT
  scores.id,
  scores.points
FROM public.scores
ORDER BY
  scores.points DESC;

-- lock: ACCESS EXCLUSIVE on public.scores
-- hazard breaks-readers: changes which rows of scores policy scores_positive lets roles see or write
CREATE POLICY scores_positive ON public.scores USING (points >= 0);

COMMENT ON POLICY scores_positive ON public.scores IS 'no negative scores';

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION public.top_score() FROM PUBLIC;

GRANT SELECT ON TABLE public.leaderboard TO PUBLIC;
