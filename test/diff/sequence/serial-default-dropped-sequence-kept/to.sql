CREATE TABLE t (id int NOT NULL);
CREATE SEQUENCE t_id_seq AS integer;
ALTER SEQUENCE t_id_seq OWNED BY t.id;
