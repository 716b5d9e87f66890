-- "e" comes to "both_" from q1 and q2 (attinhcount 2): q1 drops it and q2 keeps it, so a plain drop leaves both_'s copy, still inherited. "pair" inherits it from p1 and p2, which both drop it while pair keeps it: both drops take ONLY.
CREATE TABLE q1 (id integer, e integer);
CREATE TABLE q2 (e integer);
CREATE TABLE both_ () INHERITS (q1, q2);
CREATE TABLE p1 (id integer, e integer);
CREATE TABLE p2 (e integer, z integer);
CREATE TABLE pair () INHERITS (p1, p2);
