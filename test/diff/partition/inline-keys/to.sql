CREATE TABLE p (id int NOT NULL, k text NOT NULL, v int, PRIMARY KEY (id, k)) PARTITION BY LIST (k);
CREATE TABLE p_a PARTITION OF p (CONSTRAINT p_a_v_key UNIQUE (v)) FOR VALUES IN ('a');
CREATE TABLE p_b PARTITION OF p FOR VALUES IN ('b');
CREATE UNIQUE INDEX p_uq ON p (k, id);
COMMENT ON INDEX p_uq IS 'unique, other order';
-- the unique index turns into the table's unique constraint, the primary key into a unique index
CREATE TABLE q (id int NOT NULL, CONSTRAINT q_id_key UNIQUE (id));
CREATE UNIQUE INDEX q_pkey ON q (id);
