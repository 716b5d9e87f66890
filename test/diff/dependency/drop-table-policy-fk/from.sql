CREATE TABLE banned (user_id int PRIMARY KEY);
CREATE TABLE posts (id int PRIMARY KEY, author int REFERENCES banned (user_id), body text);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_visible ON posts USING (author NOT IN (SELECT user_id FROM banned));
CREATE POLICY posts_own ON posts FOR UPDATE USING (author = 1);
