-- the indexes are adopted by the keys: one keeps its comment, the other's goes
CREATE TABLE t (id int NOT NULL, code text, CONSTRAINT t_code UNIQUE (code), CONSTRAINT t_pkey PRIMARY KEY (id));
COMMENT ON INDEX t_code IS 'codes are unique';
