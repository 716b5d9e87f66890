CREATE SCHEMA "Billing";
CREATE TABLE customers (id integer NOT NULL, CONSTRAINT customers_id_key UNIQUE (id));
CREATE TABLE "Billing"."Invoices" ("customerId" integer CONSTRAINT "Invoices_customer_fk" REFERENCES customers (id));
COMMENT ON CONSTRAINT "Invoices_customer_fk" ON "Billing"."Invoices" IS 'who pays';
CREATE TABLE orders (customer_id integer REFERENCES customers (id) ON DELETE CASCADE);
