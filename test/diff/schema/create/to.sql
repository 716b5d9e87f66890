CREATE SCHEMA app;
CREATE SCHEMA "Audit";
CREATE TYPE app.status AS ENUM ('on', 'off');
CREATE TABLE app.things (id int PRIMARY KEY, s app.status);
CREATE TABLE "Audit"."Log" ("Id" int PRIMARY KEY, thing int REFERENCES app.things);
