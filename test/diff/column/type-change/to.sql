CREATE TABLE t (id bigint PRIMARY KEY, code integer DEFAULT 0, amount numeric(12,2), label text);
CREATE TABLE child (t_id bigint REFERENCES t);
