CREATE DOMAIN positive AS int CHECK (VALUE > 0);
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TYPE pair AS (a int, b int);
CREATE TABLE people (id int PRIMARY KEY, age positive, mood mood, p pair);
CREATE FUNCTION older(a positive) RETURNS positive LANGUAGE sql IMMUTABLE AS 'SELECT a + 1';
CREATE FUNCTION cheer(m mood) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN m::text; END $$;
CREATE FUNCTION make_pair() RETURNS pair LANGUAGE sql AS 'SELECT ROW(1, 2)::pair';
