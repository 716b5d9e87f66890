-- the function's result changes: the inheriting tables' copies of the CHECK and the default follow the parent's
CREATE FUNCTION floor_at() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 0';
CREATE TABLE base (id integer, v integer DEFAULT floor_at(), CONSTRAINT base_v_check CHECK (v >= floor_at()));
CREATE TABLE child (extra text) INHERITS (base);
CREATE TABLE grandchild () INHERITS (child);
