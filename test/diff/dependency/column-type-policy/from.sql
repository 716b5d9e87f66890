CREATE TABLE orders (id int PRIMARY KEY, customer int, total int);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_customer ON orders FOR SELECT USING (customer > 0);
CREATE POLICY orders_total ON orders FOR INSERT WITH CHECK (total >= 0);
