CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, name text);
CREATE INDEX users_lower_email ON users (lower(email));
CREATE INDEX users_name_expr ON users (id, upper(name), (length(name)));
ALTER INDEX users_name_expr ALTER COLUMN 2 SET STATISTICS 400;
