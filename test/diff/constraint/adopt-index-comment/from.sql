CREATE TABLE t (id int NOT NULL, code text);
CREATE UNIQUE INDEX t_code ON t (code);
COMMENT ON INDEX t_code IS 'codes are unique';
CREATE UNIQUE INDEX t_id ON t (id);
COMMENT ON INDEX t_id IS 'ids are unique';
