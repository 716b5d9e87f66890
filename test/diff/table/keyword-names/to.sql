CREATE SCHEMA "group";
CREATE TYPE "group"."end" AS ENUM ('a', 'b', 'c');
CREATE SEQUENCE "group"."table" START 5 INCREMENT 2;
CREATE TABLE "group"."order" (
  "select" bigserial PRIMARY KEY,
  "user" text NOT NULL UNIQUE,
  "Check" bigint CHECK ("Check" > 0),
  "from" "group"."end" DEFAULT 'a',
  "limit" int DEFAULT nextval('"group"."table"')
);
ALTER SEQUENCE "group"."table" OWNED BY "group"."order"."limit";
-- pgshift:renamed-from "where"
CREATE INDEX "having" ON "group"."order" ("user", "Check");
ALTER TABLE "group"."order" REPLICA IDENTITY USING INDEX "order_user_key";
COMMENT ON COLUMN "group"."order"."from" IS 'keyword column';
