CREATE TABLE sales (id int PRIMARY KEY, region text, amount numeric, channel text);
CREATE MATERIALIZED VIEW by_region AS SELECT region, channel, sum(amount) AS total FROM sales GROUP BY region, channel;
CREATE INDEX by_region_region ON by_region (region);
CREATE VIEW channels AS SELECT DISTINCT channel FROM sales;
