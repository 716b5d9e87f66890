-- The child's own "e" becomes the parent's: ADD COLUMN on the parent merges with the child's (PostgreSQL cannot make it inherited only, and the diff does not compare it); the down drop on the parent takes ONLY so the child keeps its values.
CREATE TABLE base (id integer);
CREATE TABLE child (e integer, x integer) INHERITS (base);
