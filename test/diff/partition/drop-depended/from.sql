CREATE TABLE orders (id int NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
-- a view and a foreign key on one partition
CREATE VIEW eu_orders AS SELECT id FROM orders_eu;
CREATE TABLE eu_notes (order_id int, region text, FOREIGN KEY (order_id, region) REFERENCES orders_eu (id, region));
-- a foreign key to the parent
CREATE TABLE shipments (order_id int, region text, FOREIGN KEY (order_id, region) REFERENCES orders);
