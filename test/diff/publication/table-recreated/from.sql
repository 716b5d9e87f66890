CREATE TABLE measurements (id int, at date NOT NULL, v int);
CREATE TABLE parent (id int);
CREATE TABLE child_a () INHERITS (parent);
CREATE PUBLICATION p FOR TABLE measurements (id, at) WHERE (v > 0), parent;
