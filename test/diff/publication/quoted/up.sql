SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE PUBLICATION "In Schema" WITH (publish = 'insert, update, delete, truncate');

ALTER PUBLICATION "In Schema" ADD TABLES IN SCHEMA "Sales Dept";

CREATE PUBLICATION "Pub ""Q""" WITH (publish = 'insert, update, delete, truncate');

-- lock: SHARE UPDATE EXCLUSIVE on "Sales Dept"."Order Lines"
ALTER PUBLICATION "Pub ""Q""" ADD TABLE ONLY "Sales Dept"."Order Lines" ("Line Id", "Qty") WHERE ("Qty" > 0);
