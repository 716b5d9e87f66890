SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP EVENT TRIGGER freeze_tables;

-- hazard breaks-readers: drops function public.no_table_ddl: callers fail until it exists again
DROP FUNCTION public.no_table_ddl();

-- hazard irreversible: re-creates table public.legacy, dropped by the up migration: its rows are not restored
CREATE TABLE public.legacy (
  id integer NOT NULL,
  CONSTRAINT legacy_pkey PRIMARY KEY (id)
);
