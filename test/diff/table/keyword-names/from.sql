-- names that are SQL keywords or need quoting for other reasons, in every position pgshift prints
CREATE SCHEMA "group";
CREATE TYPE "group"."end" AS ENUM ('a', 'b');
CREATE TABLE "group"."order" (
  "select" serial PRIMARY KEY,
  "user" text NOT NULL,
  "Check" int,
  "from" "group"."end"
);
CREATE SEQUENCE "group"."table" START 5;
CREATE INDEX "where" ON "group"."order" ("user");
