-- a hand-written preamble: PostgreSQL runs the file top to bottom, so the DROPs remove nothing the file creates
DROP SCHEMA IF EXISTS "Billing" CASCADE;
CREATE SCHEMA "Billing";
CREATE TABLE "Billing"."Invoice" (id int PRIMARY KEY, amount numeric(10,2) NOT NULL);
DROP SCHEMA IF EXISTS audit CASCADE;
CREATE SCHEMA audit;
CREATE TABLE audit.log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, invoice int REFERENCES "Billing"."Invoice");
CREATE VIEW audit.recent AS SELECT id, invoice FROM audit.log;
