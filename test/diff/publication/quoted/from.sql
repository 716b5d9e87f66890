CREATE SCHEMA "Sales Dept";
CREATE TABLE "Sales Dept"."Order Lines" ("Line Id" int PRIMARY KEY, "Qty" int);
