-- the unique key two unchanged foreign keys (one from another schema, mixed case, with a comment) depend
-- on becomes the primary key: PostgreSQL refuses to drop it while they stand (2BP01), so they are dropped
-- first and added again after (NOT VALID, then validated); up and down alike
CREATE SCHEMA "Billing";
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE "Billing"."Invoices" ("customerId" integer CONSTRAINT "Invoices_customer_fk" REFERENCES customers (id));
COMMENT ON CONSTRAINT "Invoices_customer_fk" ON "Billing"."Invoices" IS 'who pays';
CREATE TABLE orders (customer_id integer REFERENCES customers (id) ON DELETE CASCADE);
