-- state and priority are dropped: the trigger naming state in UPDATE OF is changed first, the one reading priority in WHEN is dropped first
CREATE TABLE jobs (id int PRIMARY KEY, note text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER jobs_state AFTER UPDATE OF note ON jobs FOR EACH ROW EXECUTE FUNCTION touch();
