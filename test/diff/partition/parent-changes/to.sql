CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, level text NOT NULL DEFAULT 'info', message text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE logs ADD CONSTRAINT logs_level_check CHECK (level IN ('info', 'warn', 'error'));
CREATE INDEX logs_level_idx ON logs (level);
