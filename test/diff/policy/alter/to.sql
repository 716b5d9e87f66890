CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, body text, published boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_roles ON docs FOR SELECT TO app_reader, app_writer USING (published);
CREATE POLICY p_using ON docs FOR SELECT USING (published AND body IS NOT NULL);
CREATE POLICY p_command ON docs FOR DELETE USING (owner = current_user);
CREATE POLICY p_mode ON docs AS RESTRICTIVE FOR DELETE USING (owner = current_user);
CREATE POLICY p_lose_check ON docs FOR ALL USING (true);
CREATE POLICY p_new ON docs FOR INSERT WITH CHECK (owner = current_user);
