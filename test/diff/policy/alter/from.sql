CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, body text, published boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
CREATE POLICY p_roles ON docs FOR SELECT TO app_reader USING (published);
CREATE POLICY p_using ON docs FOR SELECT USING (published);
CREATE POLICY p_command ON docs FOR UPDATE USING (owner = current_user);
CREATE POLICY p_mode ON docs FOR DELETE USING (owner = current_user);
CREATE POLICY p_lose_check ON docs FOR ALL USING (true) WITH CHECK (owner = current_user);
CREATE POLICY p_gone ON docs FOR SELECT USING (false);
