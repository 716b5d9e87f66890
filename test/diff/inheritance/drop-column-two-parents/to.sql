CREATE TABLE q1 (id integer);
CREATE TABLE q2 (e integer);
CREATE TABLE both_ () INHERITS (q1, q2);
CREATE TABLE p1 (id integer);
CREATE TABLE p2 (z integer);
CREATE TABLE pair (e integer) INHERITS (p1, p2);
