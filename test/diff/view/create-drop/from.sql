CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean DEFAULT true);
CREATE VIEW old_users AS SELECT id FROM users WHERE NOT active;
