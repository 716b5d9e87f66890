SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public."Audit Log" (
  id integer NOT NULL,
  "Key" integer NOT NULL
);

CREATE TABLE public.events (
  id integer NOT NULL,
  body text,
  CONSTRAINT events_pkey PRIMARY KEY (id)
);

CREATE TABLE public.pk_ident (
  id integer NOT NULL,
  CONSTRAINT pk_ident_pkey PRIMARY KEY (id)
);

-- lock: SHARE on public."Audit Log"; scans the table; index build
CREATE UNIQUE INDEX "Audit Log_key" ON public."Audit Log" ("Key");

-- lock: ACCESS EXCLUSIVE on public."Audit Log", SHARE on public."Audit Log_key"
ALTER TABLE public."Audit Log" REPLICA IDENTITY USING INDEX "Audit Log_key";

-- lock: ACCESS EXCLUSIVE on public.events
ALTER TABLE public.events REPLICA IDENTITY FULL;

-- lock: ACCESS EXCLUSIVE on public.pk_ident, SHARE on public.pk_ident_pkey
ALTER TABLE public.pk_ident REPLICA IDENTITY USING INDEX pk_ident_pkey;
