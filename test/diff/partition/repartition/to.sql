CREATE TABLE metrics (id int NOT NULL, kind text NOT NULL, v numeric) PARTITION BY LIST (kind);
CREATE INDEX metrics_v_idx ON metrics (v);
CREATE TABLE metrics_low PARTITION OF metrics FOR VALUES IN ('cpu', 'mem');
COMMENT ON TABLE metrics IS 'by kind';
