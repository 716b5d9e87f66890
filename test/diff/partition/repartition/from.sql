CREATE TABLE metrics (id int NOT NULL, kind text NOT NULL, v numeric) PARTITION BY RANGE (id);
CREATE INDEX metrics_v_idx ON metrics (v);
CREATE TABLE metrics_low PARTITION OF metrics FOR VALUES FROM (0) TO (1000);
COMMENT ON TABLE metrics IS 'by id';
