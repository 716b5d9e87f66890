-- the view stops reading a column and a table that are dropped: it is replaced first
CREATE TABLE users (id int PRIMARY KEY, name text, email text);
CREATE VIEW visible_users AS SELECT id, name, email FROM users;
