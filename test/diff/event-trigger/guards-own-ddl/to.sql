-- A guard that refuses CREATE TABLE and DROP TABLE: created after the migration's own DDL (up drops
-- legacy first), dropped before it (down creates legacy again after).
CREATE FUNCTION no_table_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table DDL is frozen: %', tg_tag;
END
$$;
CREATE EVENT TRIGGER freeze_tables ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION no_table_ddl();
