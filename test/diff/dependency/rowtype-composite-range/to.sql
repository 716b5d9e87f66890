-- a composite type's attributes of a table's row type (and an array of it): created after the table,
-- dropped before it
CREATE TABLE x (a integer);
CREATE TYPE pair AS (l x, r x[]);
CREATE TABLE keep (id integer);
