SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.legacy
-- hazard deletes-data: drops table public.legacy and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.legacy;

CREATE FUNCTION public.no_table_ddl()
RETURNS event_trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'table DDL is frozen: %', tg_tag;
END
$$;

CREATE EVENT TRIGGER freeze_tables ON ddl_command_start
WHEN TAG IN ('CREATE TABLE', 'DROP TABLE')
EXECUTE FUNCTION public.no_table_ddl();
