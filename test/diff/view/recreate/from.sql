CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text);
CREATE VIEW named AS SELECT id, name FROM users;
CREATE VIEW named_ids AS SELECT id FROM named;
