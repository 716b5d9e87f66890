SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA "Audit";

CREATE SCHEMA app;

CREATE TYPE app.status AS ENUM ('on', 'off');

CREATE TABLE "Audit"."Log" (
  "Id" integer NOT NULL,
  thing integer,
  CONSTRAINT "Log_pkey" PRIMARY KEY ("Id")
);

CREATE TABLE app.things (
  id integer NOT NULL,
  s app.status,
  CONSTRAINT things_pkey PRIMARY KEY (id)
);

-- lock: SHARE ROW EXCLUSIVE on "Audit"."Log", SHARE ROW EXCLUSIVE on app.things; scans the table; validates existing rows
ALTER TABLE "Audit"."Log" ADD CONSTRAINT "Log_thing_fkey" FOREIGN KEY (thing) REFERENCES app.things (id);
