CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, email text, active boolean DEFAULT true);
CREATE VIEW active_users AS SELECT id, name FROM users WHERE active;
