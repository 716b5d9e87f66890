-- whole-row references as written: a bare alias that is no column, (d).c, f(d)
CREATE SCHEMA "App";
CREATE TABLE doc (id int, body text);
CREATE TABLE "App"."Item" (id int, "Name" text);
CREATE VIEW v1 AS SELECT d FROM doc d;
CREATE VIEW v2 AS SELECT (d).id, (d).body AS b FROM doc d;
CREATE VIEW v3 AS SELECT row_to_json(d) AS j FROM doc d;
CREATE VIEW "App"."V4" AS SELECT "I", ("I")."Name" FROM "App"."Item" "I";
CREATE FUNCTION first_doc() RETURNS doc LANGUAGE sql BEGIN ATOMIC SELECT d FROM doc d LIMIT 1; END;
