CREATE SCHEMA sales;
CREATE TABLE items (id int PRIMARY KEY, name text, price numeric, secret text);
CREATE TABLE logs (id bigint, msg text);
CREATE TABLE parent (id int PRIMARY KEY);
CREATE TABLE child (extra text) INHERITS (parent);
CREATE TABLE events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE sales.orders (id int PRIMARY KEY);

-- column list and row filter (PostgreSQL 15), ONLY, a parent with its inheritance child, a partitioned table
CREATE PUBLICATION catalogue FOR TABLE items (id, name, price) WHERE (price > 0), ONLY logs, parent, events
  WITH (publish = 'insert, update', publish_via_partition_root = true);
CREATE PUBLICATION sales_pub FOR TABLES IN SCHEMA sales WITH (publish = 'insert');
CREATE PUBLICATION empty_pub;
COMMENT ON PUBLICATION catalogue IS 'items for the shop';
