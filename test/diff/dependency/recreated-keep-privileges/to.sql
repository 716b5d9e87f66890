-- points becomes bigint: the view, the function and the policy are recreated with their privileges and comments
CREATE TABLE scores (id int PRIMARY KEY, points bigint);
CREATE VIEW leaderboard AS SELECT id, points FROM scores ORDER BY points DESC;
GRANT SELECT ON leaderboard TO PUBLIC;
CREATE FUNCTION top_score() RETURNS int LANGUAGE sql STABLE RETURN (SELECT max(points)::int FROM scores);
REVOKE EXECUTE ON FUNCTION top_score() FROM PUBLIC;
ALTER TABLE scores ENABLE ROW LEVEL SECURITY;
CREATE POLICY scores_positive ON scores USING (points >= 0);
COMMENT ON POLICY scores_positive ON scores IS 'no negative scores';
