CREATE TABLE entries (id serial PRIMARY KEY, body text, created date);
CREATE INDEX entries_created_idx ON entries (created);
CREATE VIEW recent AS SELECT id, body FROM entries WHERE created > date '2020-01-01';
CREATE FUNCTION entries_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER entries_touch BEFORE UPDATE ON entries FOR EACH ROW EXECUTE FUNCTION entries_touch();
