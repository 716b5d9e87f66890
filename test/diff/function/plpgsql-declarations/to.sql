-- A PL/pgSQL body is compiled at CREATE (check_function_bodies on): the type of every declaration
-- must exist by then (%ROWTYPE, table.column%TYPE, schema.table.column%TYPE, row types of tables and
-- views, arrays of composites, enums, domains, cursor arguments, inner blocks), while the tables its
-- statements read need not. Written here as pg_dump writes them, before what they declare and with
-- check_function_bodies off, the routines must be created after it in up and dropped before it in down.
SET check_function_bodies = false;
CREATE SCHEMA app;

CREATE FUNCTION app.audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous app."Audit Log"%ROWTYPE;
  kind app."Audit Log"."Kind"%TYPE := 'update';
BEGIN
  SELECT * INTO previous FROM app."Audit Log" ORDER BY id DESC LIMIT 1;
  previous.id := previous.id + 1;
  RETURN NEW;
END $$;

CREATE FUNCTION public.summarise(p_id int) RETURNS int LANGUAGE plpgsql AS $$
#variable_conflict use_column
<<outer>>
DECLARE
  r events%ROWTYPE;
  amount public.events.amount%TYPE;
  batch items[];
  latest recent_events;
  m mood := 'ok';
  q positive;
  c NO SCROLL CURSOR (k mood, pt point_pair) FOR SELECT 1;
  same p_id%TYPE;
BEGIN
  IF p_id > 0 THEN
    DECLARE
      inner_pair point_pair;
    BEGIN
      inner_pair.x := 1;
    END;
  END IF;
  RETURN 0;
END outer $$;

CREATE PROCEDURE public.archive() LANGUAGE plpgsql SET search_path = app AS $$
DECLARE
  kept "Audit Log"%ROWTYPE;
BEGIN
  DELETE FROM public.never_created WHERE false;
END $$;

CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE DOMAIN positive AS int CHECK (VALUE > 0);
CREATE TYPE point_pair AS (x int, y int);
CREATE TABLE items (id int PRIMARY KEY, name text);
CREATE TABLE events (id int PRIMARY KEY, amount numeric(10, 2), at timestamptz);
CREATE VIEW recent_events AS SELECT id, amount FROM events WHERE at > now() - interval '1 day';
CREATE TABLE app."Audit Log" (id int PRIMARY KEY, "Kind" text);
CREATE TRIGGER audit BEFORE UPDATE ON app."Audit Log" FOR EACH ROW EXECUTE FUNCTION app.audit_row();
