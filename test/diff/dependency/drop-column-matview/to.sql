-- channel is dropped: the materialized view stops reading it (recreated first, with its index), the view reading it is dropped first
CREATE TABLE sales (id int PRIMARY KEY, region text, amount numeric);
CREATE MATERIALIZED VIEW by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE INDEX by_region_region ON by_region (region);
