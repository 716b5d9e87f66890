-- "b" leaves the parent: the child keeps its own; "d" is new on the parent; "a" changes type
CREATE TABLE p (a bigint NOT NULL, c int, d date);
-- the parent's CHECK goes: the child's own copy stays; a second parent whose "x" the child has
CREATE TABLE ch (b text, x int, y int DEFAULT 1, CONSTRAINT p_c_check CHECK (c > 0)) INHERITS (p);
CREATE TABLE other (x int, y int DEFAULT 1);
ALTER TABLE ch INHERIT other;
-- a column that was only inherited becomes the child's own as well
CREATE TABLE ch2 (c int) INHERITS (p);
