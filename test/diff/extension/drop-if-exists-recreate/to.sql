-- DROP EXTENSION … CASCADE before CREATE EXTENSION: the columns of its types declared after it stay
DROP EXTENSION IF EXISTS ltree CASCADE;
CREATE EXTENSION ltree;
DROP EXTENSION IF EXISTS citext CASCADE;
CREATE EXTENSION citext;
CREATE TABLE docs (id int PRIMARY KEY, path ltree, "Email" citext);
CREATE INDEX docs_path ON docs USING gist (path);
