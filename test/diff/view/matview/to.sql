CREATE TABLE orders (id int PRIMARY KEY, customer int NOT NULL, total numeric(10,2));
-- changed query: recreated, with its index
CREATE MATERIALIZED VIEW totals AS SELECT customer, sum(total) AS total, max(total) AS biggest FROM orders GROUP BY customer;
CREATE UNIQUE INDEX totals_customer ON totals (customer);
CREATE MATERIALIZED VIEW counts AS SELECT customer, count(*) AS n FROM orders GROUP BY customer WITH NO DATA;
CREATE INDEX counts_n ON counts (n DESC);
