-- the style of pg_dump --schema-only --clean --if-exists: DROP … IF EXISTS of every object, then the dump
DROP POLICY IF EXISTS "Own orders" ON shop.orders;
ALTER TABLE IF EXISTS ONLY shop.orders DROP CONSTRAINT IF EXISTS orders_customer_fkey;
DROP TRIGGER IF EXISTS orders_stamp ON shop.orders;
DROP STATISTICS IF EXISTS shop.orders_stats;
DROP INDEX IF EXISTS shop.per_customer_customer;
DROP INDEX IF EXISTS shop.orders_customer;
ALTER TABLE IF EXISTS ONLY shop.orders DROP CONSTRAINT IF EXISTS orders_pkey;
ALTER TABLE IF EXISTS ONLY shop.customers DROP CONSTRAINT IF EXISTS customers_pkey;
ALTER TABLE IF EXISTS ONLY shop.customers DROP CONSTRAINT IF EXISTS "customers_Name_key";
ALTER TABLE IF EXISTS shop.customers ALTER COLUMN id DROP DEFAULT;
ALTER TABLE IF EXISTS shop."OpenOrders" ALTER COLUMN status DROP DEFAULT;
DROP MATERIALIZED VIEW IF EXISTS shop.per_customer;
DROP SEQUENCE IF EXISTS shop.customers_id_seq;
DROP TABLE IF EXISTS shop.customers;
DROP VIEW IF EXISTS shop."OpenOrders";
DROP TABLE IF EXISTS shop.orders;
DROP FUNCTION IF EXISTS shop.stamp();
DROP TYPE IF EXISTS shop.status;
DROP DOMAIN IF EXISTS shop.qty;
DROP SCHEMA IF EXISTS shop;

CREATE SCHEMA shop;

CREATE DOMAIN shop.qty AS integer
	CONSTRAINT qty_check CHECK ((VALUE > 0));

CREATE TYPE shop.status AS ENUM (
    'new',
    'paid'
);

CREATE FUNCTION shop.stamp() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;

CREATE TABLE shop.orders (
    id bigint NOT NULL,
    customer integer NOT NULL,
    status shop.status DEFAULT 'new'::shop.status,
    n shop.qty,
    CONSTRAINT orders_customer_check CHECK ((customer > 0))
);

COMMENT ON TABLE shop.orders IS 'orders';

CREATE VIEW shop."OpenOrders" WITH (security_invoker='true') AS
 SELECT orders.id,
    orders.customer,
    orders.status
   FROM shop.orders
  WHERE (orders.status = 'new'::shop.status);

CREATE TABLE shop.customers (
    id integer NOT NULL,
    "Name" text NOT NULL
);

CREATE SEQUENCE shop.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;

ALTER TABLE shop.orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME shop.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE MATERIALIZED VIEW shop.per_customer AS
 SELECT orders.customer,
    count(*) AS n
   FROM shop.orders
  GROUP BY orders.customer
  WITH NO DATA;

ALTER TABLE ONLY shop."OpenOrders" ALTER COLUMN status SET DEFAULT 'new'::shop.status;

ALTER TABLE ONLY shop.customers ALTER COLUMN id SET DEFAULT nextval('shop.customers_id_seq'::regclass);

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT "customers_Name_key" UNIQUE ("Name");

ALTER TABLE ONLY shop.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

CREATE INDEX orders_customer ON shop.orders USING btree (customer);

CREATE UNIQUE INDEX per_customer_customer ON shop.per_customer USING btree (customer);

CREATE STATISTICS shop.orders_stats ON customer, status FROM shop.orders;

CREATE TRIGGER orders_stamp BEFORE INSERT ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.stamp();

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer) REFERENCES shop.customers(id);

CREATE POLICY "Own orders" ON shop.orders USING ((customer > 0));

ALTER TABLE shop.orders ENABLE ROW LEVEL SECURITY;

