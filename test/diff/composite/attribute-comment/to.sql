CREATE SCHEMA "S";
CREATE TYPE "S"."Comp" AS ("F1" int, f2 text, f3 int);
COMMENT ON COLUMN "S"."Comp"."F1" IS 'new';
COMMENT ON COLUMN "S"."Comp".f3 IS 'added attribute';
CREATE TYPE kept AS (a int, b text);
COMMENT ON COLUMN kept.b IS 'comment on column of type';
CREATE TYPE composite AS (f1 int, f2 text);
COMMENT ON COLUMN composite.f1 IS 'comment on column of type';
