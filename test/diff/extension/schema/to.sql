-- extensions move with SET SCHEMA (dropping one would drop the columns using its types)
CREATE SCHEMA ext;
CREATE EXTENSION citext;
CREATE EXTENSION hstore SCHEMA ext;
CREATE EXTENSION ltree SCHEMA ext;
CREATE TABLE profiles (email citext PRIMARY KEY, path ext.ltree);
