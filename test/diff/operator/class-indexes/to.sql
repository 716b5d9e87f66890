-- the index built with a class that is created again goes before it and comes back after it
CREATE FUNCTION int_cmp_desc(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp($2, $1)';
CREATE FUNCTION int_cmp_abs(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT btint4cmp(abs($1), abs($2))';
CREATE OPERATOR CLASS int_desc_ops FOR TYPE integer USING btree AS
  OPERATOR 1 >, OPERATOR 2 >=, OPERATOR 3 =, OPERATOR 4 <=, OPERATOR 5 <, FUNCTION 1 int_cmp_abs(integer, integer);
CREATE TABLE scores (id integer PRIMARY KEY, score integer);
CREATE INDEX scores_desc ON scores (score int_desc_ops);
