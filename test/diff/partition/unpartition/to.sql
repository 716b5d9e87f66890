-- partitioned → a plain table; one partition stays as a table of its own
CREATE TABLE metrics (id int NOT NULL, at date NOT NULL, v numeric, PRIMARY KEY (id, at));
CREATE INDEX metrics_v ON metrics (v);
CREATE TABLE metrics_2024 (id int NOT NULL, at date NOT NULL, v numeric, CONSTRAINT metrics_2024_pkey PRIMARY KEY (id, at));
CREATE INDEX metrics_2024_v_idx ON metrics_2024 (v);
-- a plain table → partitioned
CREATE TABLE plain_log (id int NOT NULL, at date NOT NULL, msg text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX plain_log_at ON plain_log (at);
CREATE TABLE plain_log_old PARTITION OF plain_log DEFAULT;
COMMENT ON TABLE plain_log IS 'partitioned';
