-- The child stops inheriting and the parent drops "e": NO INHERIT runs first, so the child's copies (now its own) survive the parent's plain DROP COLUMN.
CREATE TABLE base (id integer, e integer CHECK (e > 0));
CREATE TABLE child (x integer) INHERITS (base);
