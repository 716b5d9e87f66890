CREATE SCHEMA stats;
CREATE TABLE orders (id bigint PRIMARY KEY, city text, zip text, country text, total numeric, placed_at timestamptz);
-- kinds changed: re-created
CREATE STATISTICS stats.orders_geo (ndistinct, dependencies) ON zip, city FROM orders;
-- same object written in another order, all kinds spelled out: unchanged; target set
CREATE STATISTICS orders_country_city (ndistinct, dependencies, mcv) ON city, country FROM orders;
ALTER STATISTICS orders_country_city SET STATISTICS 500;
COMMENT ON STATISTICS orders_country_city IS 'planner: city implies country';
-- expression statistics, unchanged
CREATE STATISTICS orders_day ON (date_trunc('day', placed_at)) FROM orders;
-- mcv only, columns and an expression
CREATE STATISTICS orders_total_country (mcv) ON total, (lower(country)) FROM orders;
CREATE TABLE "Line Items" (order_id bigint, sku text, qty int);
CREATE STATISTICS "Line Items stats" ON order_id, sku FROM "Line Items";
