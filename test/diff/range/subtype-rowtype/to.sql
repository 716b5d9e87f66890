-- a range over a table's row type (a composite has a default btree operator class): created after the
-- table, dropped before it
CREATE TABLE x (a integer);
CREATE TYPE xrange AS RANGE (subtype = x);
