CREATE TABLE p1 (id integer);
CREATE TABLE p2 (e integer);
CREATE TABLE c (e integer, n text) INHERITS (p1);
