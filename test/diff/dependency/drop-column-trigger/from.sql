CREATE TABLE jobs (id int PRIMARY KEY, state text, priority int, note text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER jobs_state AFTER UPDATE OF state, note ON jobs FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER jobs_priority BEFORE UPDATE ON jobs FOR EACH ROW WHEN (NEW.priority > 5) EXECUTE FUNCTION touch();
