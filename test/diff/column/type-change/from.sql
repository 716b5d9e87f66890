CREATE TABLE t (id int PRIMARY KEY, code text DEFAULT '0', amount numeric(10,2), label varchar(20));
CREATE TABLE child (t_id int REFERENCES t);
