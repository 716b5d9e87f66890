CREATE TABLE orders (id int NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE eu_notes (order_id int, region text);
CREATE TABLE shipments (order_id int, region text, FOREIGN KEY (order_id, region) REFERENCES orders);
