-- After NO INHERIT p2, "e" is still inherited from p1 only (PostgreSQL decrements attinhcount, the copy is not the child's own): p1 dropping it while the child keeps it needs ONLY.
CREATE TABLE p1 (id integer, e integer);
CREATE TABLE p2 (e integer);
CREATE TABLE c (n text) INHERITS (p1, p2);
ALTER TABLE c NO INHERIT p2;
