CREATE SCHEMA audit;
CREATE FUNCTION audit.note() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_event; END $$;
CREATE FUNCTION audit.note2() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '2 %', tg_event; END $$;
-- state only
CREATE EVENT TRIGGER a ON ddl_command_start EXECUTE FUNCTION audit.note();
ALTER EVENT TRIGGER a ENABLE REPLICA;
-- tags change: drop + create
CREATE EVENT TRIGGER b ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'CREATE INDEX') EXECUTE FUNCTION audit.note();
-- enabled again
CREATE EVENT TRIGGER c ON sql_drop EXECUTE FUNCTION audit.note();
-- function changes: drop + create
CREATE EVENT TRIGGER d ON ddl_command_end EXECUTE FUNCTION audit.note2();
-- comment changes
CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION audit.note();
COMMENT ON EVENT TRIGGER e IS 'new';
