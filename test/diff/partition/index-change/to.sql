CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text, actor int) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (kind);
CREATE TABLE ev_2025_a PARTITION OF ev_2025 FOR VALUES IN ('a');
CREATE TABLE ev_2025_rest PARTITION OF ev_2025 DEFAULT;
-- the key columns change: the custom-named partition indexes keep their names
CREATE INDEX ev_kind ON ONLY ev (kind, actor);
CREATE INDEX ev_2024_custom ON ev_2024 (kind, actor);
ALTER INDEX ev_kind ATTACH PARTITION ev_2024_custom;
CREATE INDEX ev_2025_kind ON ev_2025 (kind, actor);
ALTER INDEX ev_kind ATTACH PARTITION ev_2025_kind;
-- the method changes
CREATE INDEX ev_actor ON ev USING hash (actor);
-- a descending key, a partial predicate
CREATE INDEX ev_id ON ev (id DESC) WHERE id > 0;
CREATE INDEX ev_uq ON ev (id, at) INCLUDE (kind);
