CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, name text);
CREATE INDEX users_lower_email ON users (lower(email));
ALTER INDEX users_lower_email ALTER COLUMN 1 SET STATISTICS 1000;
CREATE INDEX users_name_expr ON users (id, upper(name), (length(name)));
ALTER INDEX users_name_expr ALTER COLUMN 3 SET STATISTICS 100;
-- a new index with a target: set after it is built
CREATE INDEX users_domain ON users ((split_part(email, '@', 2)));
ALTER INDEX public.users_domain ALTER COLUMN 1 SET STATISTICS 50;
