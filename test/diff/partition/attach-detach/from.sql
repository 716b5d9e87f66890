CREATE TABLE orders (id int NOT NULL, placed date NOT NULL, total numeric CHECK (total >= 0), PRIMARY KEY (id, placed)) PARTITION BY RANGE (placed);
CREATE INDEX orders_total_idx ON orders (total);
CREATE TABLE orders_2023 PARTITION OF orders FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
CREATE TABLE orders_archive (id int NOT NULL, placed date NOT NULL, total numeric);
