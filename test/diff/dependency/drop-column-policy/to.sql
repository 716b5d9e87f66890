-- owner_id and team_id are dropped: the policy reading owner_id is changed first, the one reading team_id dropped first
CREATE TABLE docs (id int PRIMARY KEY, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON docs USING (id = 1);
