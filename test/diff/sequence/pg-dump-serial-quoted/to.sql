CREATE SCHEMA "My App";
CREATE TABLE "My App"."Foo Bar" (id serial);
