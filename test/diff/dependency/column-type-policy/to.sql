-- customer and total become bigint: the policies reading them are dropped first and created after
CREATE TABLE orders (id int PRIMARY KEY, customer bigint, total bigint);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_customer ON orders FOR SELECT USING (customer > 0);
CREATE POLICY orders_total ON orders FOR INSERT WITH CHECK (total >= 0);
