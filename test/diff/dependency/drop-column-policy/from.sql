CREATE TABLE docs (id int PRIMARY KEY, owner_id int, team_id int, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON docs USING (owner_id = 1);
CREATE POLICY docs_team ON docs FOR UPDATE USING (true) WITH CHECK (team_id > 0);
