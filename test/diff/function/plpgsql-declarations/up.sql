SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA app;

CREATE TYPE public.mood AS ENUM ('ok', 'sad');

CREATE TYPE public.point_pair AS (x integer, y integer);

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN public.positive AS integer CONSTRAINT positive_check CHECK (value > 0);

CREATE TABLE app."Audit Log" (
  id integer NOT NULL,
  "Kind" text,
  CONSTRAINT "Audit Log_pkey" PRIMARY KEY (id)
);

CREATE FUNCTION app.audit_row()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  previous app."Audit Log"%ROWTYPE;
  kind app."Audit Log"."Kind"%TYPE := 'update';
BEGIN
  SELECT * INTO previous FROM app."Audit Log" ORDER BY id DESC LIMIT 1;
  previous.id := previous.id + 1;
  RETURN NEW;
END $$;

CREATE PROCEDURE public.archive()
LANGUAGE plpgsql
SET search_path TO 'app'
AS $$
DECLARE
  kept "Audit Log"%ROWTYPE;
BEGIN
  DELETE FROM public.never_created WHERE false;
END $$;

CREATE TABLE public.events (
  id integer NOT NULL,
  amount numeric(10,2),
  at timestamp with time zone,
  CONSTRAINT events_pkey PRIMARY KEY (id)
);

CREATE TABLE public.items (
  id integer NOT NULL,
  name text,
  CONSTRAINT items_pkey PRIMARY KEY (id)
);

CREATE VIEW public.recent_events AS
SELECT
  events.id,
  events.amount
FROM public.events
WHERE
  events.at > (now() - '1 day'::interval);

CREATE FUNCTION public.summarise(p_id integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
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

-- lock: SHARE ROW EXCLUSIVE on app."Audit Log"
CREATE TRIGGER audit BEFORE UPDATE ON app."Audit Log"
FOR EACH ROW
EXECUTE FUNCTION app.audit_row();
