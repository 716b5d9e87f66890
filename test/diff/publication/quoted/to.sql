CREATE SCHEMA "Sales Dept";
CREATE TABLE "Sales Dept"."Order Lines" ("Line Id" int PRIMARY KEY, "Qty" int);
CREATE PUBLICATION "Pub ""Q""" FOR TABLE "Sales Dept"."Order Lines" ("Line Id", "Qty") WHERE ("Qty" > 0);
CREATE PUBLICATION "In Schema" FOR TABLES IN SCHEMA "Sales Dept";
