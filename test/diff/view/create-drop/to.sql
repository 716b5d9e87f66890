CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean DEFAULT true);
CREATE VIEW active_users AS SELECT * FROM users WHERE active;
CREATE VIEW active_names AS SELECT name FROM active_users WHERE name <> '';
