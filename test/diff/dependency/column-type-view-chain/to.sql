-- members.team becomes bigint: the view reading it is recreated, so the SQL-standard function and the
-- policy reading the view go first and come back after; the policy whose subquery reads the column too
CREATE TABLE members (id int PRIMARY KEY, team bigint, active boolean);
CREATE VIEW active_members AS SELECT id, team FROM members WHERE active;
CREATE FUNCTION active_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM active_members);
CREATE TABLE boards (id int PRIMARY KEY, team int);
ALTER TABLE boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY boards_team ON boards USING (team IN (SELECT team FROM active_members));
CREATE POLICY boards_members ON boards FOR DELETE USING (EXISTS (SELECT 1 FROM members m WHERE m.team = boards.team));
