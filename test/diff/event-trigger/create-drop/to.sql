CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'ddl: %', tg_tag;
END
$$;
CREATE EVENT TRIGGER "Log DDL" ON ddl_command_end WHEN TAG IN ('create table', 'ALTER TABLE') EXECUTE FUNCTION log_ddl();
COMMENT ON EVENT TRIGGER "Log DDL" IS 'logs table DDL';
CREATE EVENT TRIGGER log_drops ON sql_drop EXECUTE PROCEDURE public.log_ddl();
ALTER EVENT TRIGGER log_drops DISABLE;
CREATE EVENT TRIGGER log_rewrites ON table_rewrite EXECUTE FUNCTION log_ddl();
ALTER EVENT TRIGGER log_rewrites ENABLE ALWAYS;
