-- The parent's default calls a function whose result type changes (it is dropped and created
-- again). Partition b keeps a default of its own, c copies the parent's: the parent's
-- DROP/SET DEFAULT are made with ONLY and c's copy is dropped and set on its own.
CREATE FUNCTION start_level(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n * 10 $$;
CREATE TABLE readings (
    id integer NOT NULL,
    level integer DEFAULT start_level(1)
) PARTITION BY LIST (id);
CREATE TABLE readings_b PARTITION OF readings (level DEFAULT 0) FOR VALUES IN (1, 2);
CREATE TABLE readings_c PARTITION OF readings FOR VALUES IN (3, 4);
