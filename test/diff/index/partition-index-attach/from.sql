-- A partitioned index created ON ONLY with some partitions' indexes attached (invalid): the up attaches an existing partition index, and a new one built for a partition that had none, with ALTER INDEX … ATTACH PARTITION; the down cannot detach them (PostgreSQL has no DETACH for indexes), so it drops the parent index and creates it again ON ONLY, attaching only the target's.
CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ev_2025 PARTITION OF ev FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ev_2026 PARTITION OF ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY RANGE (at);
CREATE TABLE ev_2026_h1 PARTITION OF ev_2026 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
CREATE INDEX "Ev_Kind" ON ONLY ev (kind);
CREATE INDEX ev_2024_kind ON ev_2024 (kind);
ALTER INDEX "Ev_Kind" ATTACH PARTITION ev_2024_kind;
CREATE INDEX ev_2025_kind ON ev_2025 (kind);
