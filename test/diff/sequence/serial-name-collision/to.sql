CREATE TABLE t (id int);
CREATE SEQUENCE t_id_seq1;
CREATE TABLE u (id serial);
