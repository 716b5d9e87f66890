-- quoted names and a schema other than public, with a search_path: the rule, its relation and the tables its actions name
CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Order Lines" ("Id" int, qty int);
CREATE TABLE "Shop".history ("Id" int);
