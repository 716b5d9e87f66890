CREATE TABLE p (a int NOT NULL, b text, c int CONSTRAINT p_c_check CHECK (c > 0));
-- "b" and the CHECK are the child's own too (merged); "x" is only the child's
CREATE TABLE ch (b text, x int, CONSTRAINT p_c_check CHECK (c > 0)) INHERITS (p);
CREATE TABLE other (x int, y int DEFAULT 1);
CREATE TABLE ch2 () INHERITS (p);
