CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, level text, old_field int) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX logs_old_idx ON logs (old_field);
