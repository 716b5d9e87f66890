CREATE FUNCTION acc(anycompatible, anycompatible) RETURNS anycompatible LANGUAGE sql AS 'SELECT least($1, $2)';
CREATE AGGREGATE agg(int8) (STYPE = int8, SFUNC = acc);
CREATE TABLE p (a int) PARTITION BY LIST (a);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
