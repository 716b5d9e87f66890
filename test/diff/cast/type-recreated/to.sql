-- a value removed: the enum is created again, and the casts naming it with it
CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE task (id integer PRIMARY KEY, lvl level);
CREATE FUNCTION level_of(integer) RETURNS level LANGUAGE sql IMMUTABLE AS $$ SELECT (ARRAY['low', 'mid', 'high'])[$1]::level $$;
CREATE CAST (integer AS level) WITH FUNCTION level_of(integer) AS ASSIGNMENT;
CREATE CAST (level AS text) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (level AS text) IS 'kept across the re-creation';
