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

ALTER TABLE "Audit"."Log"
ADD CONSTRAINT "Log_thing_fkey" FOREIGN KEY (thing) REFERENCES app.things (id);
