CREATE TYPE span4 AS RANGE (subtype = integer);
CREATE TABLE t (id integer);
