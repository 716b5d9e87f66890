CREATE TABLE metrics (id int NOT NULL, at date NOT NULL, v numeric, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX metrics_v ON metrics (v);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE metrics_2025 PARTITION OF metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE plain_log (id int PRIMARY KEY, at date NOT NULL, msg text);
CREATE INDEX plain_log_at ON plain_log (at);
COMMENT ON TABLE plain_log IS 'one table';
