-- banned is dropped: the foreign key to it and the policy whose subquery reads it go first (the policy changed)
CREATE TABLE posts (id int PRIMARY KEY, author int, body text);
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_visible ON posts USING (author > 0);
CREATE POLICY posts_own ON posts FOR UPDATE USING (author = 1);
