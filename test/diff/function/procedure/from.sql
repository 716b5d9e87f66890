CREATE TABLE log (at timestamptz DEFAULT now(), msg text);
CREATE PROCEDURE note(msg text) LANGUAGE sql AS $$ INSERT INTO log (msg) VALUES (msg) $$;
