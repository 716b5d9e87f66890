SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA "Billing";

CREATE SCHEMA audit;

CREATE TABLE "Billing"."Invoice" (
  id integer NOT NULL,
  amount numeric(10,2) NOT NULL,
  CONSTRAINT "Invoice_pkey" PRIMARY KEY (id)
);

CREATE TABLE audit.log (
  id bigint GENERATED ALWAYS AS IDENTITY,
  invoice integer,
  CONSTRAINT log_pkey PRIMARY KEY (id)
);

CREATE VIEW audit.recent AS
SELECT
  log.id,
  log.invoice
FROM audit.log;

-- lock: SHARE ROW EXCLUSIVE on audit.log, SHARE ROW EXCLUSIVE on "Billing"."Invoice"; scans the table; validates existing rows
ALTER TABLE audit.log ADD CONSTRAINT log_invoice_fkey FOREIGN KEY (invoice) REFERENCES "Billing"."Invoice" (id);
