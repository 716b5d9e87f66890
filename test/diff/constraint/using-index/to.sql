CREATE TABLE t (id int NOT NULL, code text NOT NULL, x int);
CREATE UNIQUE INDEX t_id_uq ON t (id);
CREATE UNIQUE INDEX t_code_uq ON t (code);
-- the indexes are adopted and renamed to the constraints' names
ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_id_uq;
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_uq DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE u (a int NOT NULL, b int NOT NULL);
CREATE UNIQUE INDEX u_ab ON u (a, b);
-- without a name the constraint takes the index's
ALTER TABLE u ADD PRIMARY KEY USING INDEX u_ab;
