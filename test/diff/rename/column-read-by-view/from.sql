CREATE TABLE t (id int PRIMARY KEY, qty int);
CREATE VIEW big AS SELECT id, qty FROM t WHERE qty > 10;
