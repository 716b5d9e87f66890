-- Tables created with INHERITS get their parents' defaults and NOT NULL; a child's own default, a
-- dropped inherited default and a NOT NULL of its own are ALTER TABLE ONLY statements after the
-- CREATE (pg_dump's form), also under a parent whose default changes in the same migration, a new
-- parent, a grandchild and two parents.
CREATE TABLE base (id int, qty int DEFAULT 1, note text DEFAULT 'none', flag boolean);
CREATE TABLE moving (id int, level int DEFAULT 1);
