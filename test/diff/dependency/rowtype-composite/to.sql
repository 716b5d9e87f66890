-- a composite type's attribute and a range's subtype of a table's row type: created after the table,
-- dropped before it
CREATE TABLE x (a integer);
CREATE TYPE pair AS (l x, r x[]);
CREATE TYPE xrange AS RANGE (subtype = x);
CREATE TABLE keep (id integer);
