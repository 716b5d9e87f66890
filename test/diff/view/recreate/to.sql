CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text);
-- a column renamed and one removed: CREATE OR REPLACE cannot do it, the view is recreated with the view reading it
CREATE VIEW named (user_id, email) AS SELECT id, email FROM users;
CREATE VIEW named_ids AS SELECT user_id FROM named;
