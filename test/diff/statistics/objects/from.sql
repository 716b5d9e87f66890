CREATE SCHEMA stats;
CREATE TABLE orders (id bigint PRIMARY KEY, city text, zip text, country text, total numeric, placed_at timestamptz);
CREATE STATISTICS stats.orders_geo (dependencies) ON city, zip FROM orders;
CREATE STATISTICS orders_country_city ON country, city FROM orders;
CREATE STATISTICS orders_day ON (date_trunc('day', placed_at)) FROM orders;
CREATE STATISTICS orders_old ON city, total FROM orders;
COMMENT ON STATISTICS orders_old IS 'to be dropped';
