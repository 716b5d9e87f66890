CREATE SCHEMA "S";
CREATE TYPE "S"."Comp" AS ("F1" int, f2 text);
COMMENT ON COLUMN "S"."Comp"."F1" IS 'old';
CREATE TYPE kept AS (a int, b text);
COMMENT ON COLUMN kept.a IS 'gone';
