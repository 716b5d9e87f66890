-- pg_dump's form: the parent's index ON ONLY, each partition's built alone and attached
CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text, actor int) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ev_old PARTITION OF ev DEFAULT;
CREATE INDEX ev_kind ON ONLY ev (kind);
CREATE INDEX ev_2024_by_kind ON ev_2024 (kind);
CREATE INDEX ev_2025_by_kind ON ev_2025 (kind);
CREATE INDEX ev_old_kind_idx ON ev_old (kind);
ALTER INDEX ev_kind ATTACH PARTITION ev_2024_by_kind;
ALTER INDEX ev_kind ATTACH PARTITION ev_2025_by_kind;
ALTER INDEX ev_kind ATTACH PARTITION ev_old_kind_idx;
CREATE INDEX ev_2024_actor ON ev_2024 (actor);
-- the partitioned index switched to local indexes (same definitions, no parent)
CREATE INDEX ev_2024_at_idx ON ev_2024 (at);
CREATE INDEX ev_2025_at_idx ON ev_2025 (at);
CREATE INDEX ev_old_at_idx ON ev_old (at);
