SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN shop.qty AS integer CONSTRAINT qty_check CHECK (value > 0);

CREATE FUNCTION shop.stamp()
RETURNS trigger
LANGUAGE plpgsql
AS $$ BEGIN RETURN NEW; END $$;

-- lock: ACCESS EXCLUSIVE on shop.orders
ALTER TABLE shop.orders ADD COLUMN n shop.qty;

-- lock: ACCESS EXCLUSIVE on shop.orders
ALTER TABLE shop.orders ADD CONSTRAINT orders_customer_check CHECK (customer > 0) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on shop.orders; scans the table; index build
-- hazard builds-index: builds index orders_customer concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY orders_customer ON shop.orders (customer);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on shop.orders
CREATE STATISTICS shop.orders_stats ON customer, status FROM shop.orders;

-- lock: ACCESS EXCLUSIVE on shop."OpenOrders"
ALTER VIEW shop."OpenOrders" SET (security_invoker=true);

-- lock: ACCESS EXCLUSIVE on shop."OpenOrders"
ALTER VIEW shop."OpenOrders" ALTER COLUMN status SET DEFAULT CAST('new' AS shop.status);

CREATE MATERIALIZED VIEW shop.per_customer AS
SELECT
  orders.customer,
  count(*) AS n
FROM shop.orders
GROUP BY
  orders.customer
WITH NO DATA;

-- lock: SHARE on shop.per_customer; scans the table; index build
-- hazard builds-index: builds index per_customer_customer, blocking writes to per_customer
CREATE UNIQUE INDEX per_customer_customer ON shop.per_customer (customer);

-- lock: ACCESS EXCLUSIVE on shop.orders
-- hazard breaks-readers: enables row-level security on orders: roles without a matching policy see no rows
ALTER TABLE shop.orders ENABLE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on shop.orders
-- hazard breaks-readers: changes which rows of orders policy Own orders lets roles see or write
CREATE POLICY "Own orders" ON shop.orders USING (customer > 0);

-- lock: SHARE ROW EXCLUSIVE on shop.orders
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER orders_stamp BEFORE INSERT ON shop.orders
FOR EACH ROW
EXECUTE FUNCTION shop.stamp();

COMMENT ON TABLE shop.orders IS 'orders';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on shop.orders; scans the table; validates existing rows
-- hazard scans-table: validates orders_customer_check against every row of orders
ALTER TABLE shop.orders VALIDATE CONSTRAINT orders_customer_check;
