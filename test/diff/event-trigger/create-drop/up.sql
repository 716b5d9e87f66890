SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE EVENT TRIGGER "Log DDL" ON ddl_command_end
WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
EXECUTE FUNCTION public.log_ddl();

CREATE EVENT TRIGGER log_drops ON sql_drop
EXECUTE FUNCTION public.log_ddl();

ALTER EVENT TRIGGER log_drops DISABLE;

CREATE EVENT TRIGGER log_rewrites ON table_rewrite
EXECUTE FUNCTION public.log_ddl();

ALTER EVENT TRIGGER log_rewrites ENABLE ALWAYS;

COMMENT ON EVENT TRIGGER "Log DDL" IS 'logs table DDL';
