-- local indexes only: every partition has its own index, the parent none
CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text, actor int) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ev_old PARTITION OF ev DEFAULT;
CREATE INDEX ev_2024_by_kind ON ev_2024 (kind);
CREATE INDEX ev_2025_by_kind ON ev_2025 (kind);
CREATE INDEX ev_2024_actor ON ev_2024 (actor);
-- a partitioned index with its partitions' indexes under their own names
CREATE INDEX ev_at ON ev (at);
