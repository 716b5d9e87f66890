CREATE TABLE base (id integer);
CREATE TABLE mine (e text, x integer) INHERITS (base);
CREATE TABLE gone (y integer) INHERITS (base);
