CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE t (id int PRIMARY KEY, p_id int REFERENCES p, qty int CHECK (qty > 0), a int, b int);
