-- the view, the trigger, the serial sequence and the implicit index and key names follow the table
-- pgshift:renamed-from entries
CREATE TABLE posts (id serial PRIMARY KEY, body text, created date);
CREATE INDEX posts_created_idx ON posts (created);
CREATE VIEW recent AS SELECT id, body FROM posts WHERE created > date '2020-01-01';
CREATE FUNCTION entries_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER entries_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION entries_touch();
