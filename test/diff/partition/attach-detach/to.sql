CREATE TABLE orders (id int NOT NULL, placed date NOT NULL, total numeric CHECK (total >= 0), PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE INDEX orders_total_idx ON orders (total);
-- detached: it keeps what it had as a partition
CREATE TABLE orders_2023 (id int NOT NULL, placed date NOT NULL, total numeric, CONSTRAINT orders_total_check CHECK (total >= 0), CONSTRAINT orders_2023_pkey PRIMARY KEY (id, placed));
CREATE INDEX orders_2023_total_idx ON orders_2023 (total);
-- a wider bound: detached and attached again
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- a table that becomes a partition (it must have the parent's CHECKs first)
CREATE TABLE orders_archive (id int NOT NULL, placed date NOT NULL, total numeric CONSTRAINT orders_total_check CHECK (total >= 0));
ALTER TABLE orders ATTACH PARTITION orders_archive FOR VALUES FROM ('2000-01-01') TO ('2023-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
