CREATE TABLE people (id int PRIMARY KEY, name text);
-- the view is recreated (a column removed): its trigger is created again
CREATE VIEW names AS SELECT name FROM people;
CREATE FUNCTION names_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO people (name) VALUES (NEW.name); RETURN NEW; END $$;
CREATE TRIGGER names_insert INSTEAD OF INSERT ON names FOR EACH ROW EXECUTE FUNCTION names_insert();
