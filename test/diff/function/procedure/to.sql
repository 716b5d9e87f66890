CREATE TABLE log (at timestamptz DEFAULT now(), msg text);
CREATE PROCEDURE note(msg text) LANGUAGE sql AS $$ INSERT INTO log (msg) VALUES (upper(msg)) $$;
CREATE PROCEDURE purge(INOUT n int) LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  DELETE FROM log WHERE at < now() - interval '1 day';
  GET DIAGNOSTICS n = ROW_COUNT;
END
$$;
COMMENT ON PROCEDURE note(text) IS 'writes a line';
