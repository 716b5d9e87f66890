CREATE SCHEMA sales;
CREATE TABLE sales.orders (id int PRIMARY KEY, customer int NOT NULL, total numeric(10,2));
CREATE MATERIALIZED VIEW sales."Totals" WITH (fillfactor = 90) AS SELECT customer, sum(total) AS total FROM sales.orders GROUP BY customer;
CREATE UNIQUE INDEX totals_customer ON sales."Totals" (customer);
