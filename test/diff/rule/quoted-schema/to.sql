-- quoted names and a schema other than public, with a search_path: the rule, its relation and the tables its actions name
CREATE SCHEMA "Shop";
CREATE TABLE "Shop"."Order Lines" ("Id" int, qty int);
CREATE TABLE "Shop".history ("Id" int);
SET search_path = "Shop";
CREATE RULE "Keep History" AS ON DELETE TO "Order Lines" WHERE old.qty > 0 DO ALSO INSERT INTO history VALUES (old."Id");
COMMENT ON RULE "Keep History" ON "Order Lines" IS 'audit';
