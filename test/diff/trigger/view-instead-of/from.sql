CREATE TABLE people (id int PRIMARY KEY, name text);
CREATE VIEW names AS SELECT id, name FROM people;
CREATE FUNCTION names_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO people VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE TRIGGER names_insert INSTEAD OF INSERT ON names FOR EACH ROW EXECUTE FUNCTION names_insert();
