CREATE TABLE t (id int PRIMARY KEY, a int, b int);
-- a new body: the function is replaced, the triggers stay
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.b := NEW.a; RETURN NEW; END $$;
CREATE TRIGGER t_a BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
CREATE TRIGGER t_b BEFORE UPDATE OF a, b ON t FOR EACH ROW WHEN (NEW.a > 0) EXECUTE FUNCTION f();
COMMENT ON TRIGGER t_b ON t IS 'on a and b';
