CREATE TABLE base (id integer, e integer);
CREATE TABLE child (x integer) INHERITS (base);
