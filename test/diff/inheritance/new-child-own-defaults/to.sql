-- Tables created with INHERITS get their parents' defaults and NOT NULL; a child's own default, a
-- dropped inherited default and a NOT NULL of its own are ALTER TABLE ONLY statements after the
-- CREATE (pg_dump's form: every CREATE TABLE first), also under a parent whose default changes in
-- the same migration, a new parent, a grandchild and two parents.
CREATE TABLE base (id int, qty int DEFAULT 1, note text DEFAULT 'none', flag boolean, added int DEFAULT 7);
CREATE TABLE moving (id int, level int DEFAULT 2);
CREATE TABLE base_child () INHERITS (base);
CREATE TABLE moving_new () INHERITS (moving);
CREATE TABLE moving_old () INHERITS (moving);
CREATE TABLE fresh (id int, size int DEFAULT 10);
CREATE TABLE fresh_child () INHERITS (fresh);
CREATE TABLE fresh_grandchild () INHERITS (fresh_child);
CREATE TABLE fresh_other () INHERITS (fresh_child);
CREATE TABLE both_parents () INHERITS (base, fresh);
-- own default, inherited default dropped, NOT NULL of its own; flag keeps what base gives
ALTER TABLE ONLY base_child ALTER COLUMN qty SET DEFAULT 5;
ALTER TABLE ONLY base_child ALTER COLUMN note DROP DEFAULT;
ALTER TABLE base_child ALTER COLUMN flag SET NOT NULL;
-- a column base gains reaches its new children with its default: both_parents keeps it, base_child has its own
ALTER TABLE ONLY base_child ALTER COLUMN added SET DEFAULT 8;
-- under a changed parent: moving_new follows the new default, moving_old keeps the old one
ALTER TABLE ONLY moving_old ALTER COLUMN level SET DEFAULT 1;
-- a new parent, its child and grandchildren, each with a default of its own or the one it inherits
ALTER TABLE ONLY fresh_child ALTER COLUMN size SET DEFAULT 20;
ALTER TABLE ONLY fresh_other ALTER COLUMN size SET DEFAULT 30;
ALTER TABLE ONLY both_parents ALTER COLUMN size SET DEFAULT 40;
