-- the function in a trigger WHEN changes result type: the trigger goes first and comes back with its comment and ENABLE REPLICA state
CREATE SCHEMA "Ops";
CREATE FUNCTION "Ops"."Limit"() RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT 10';
CREATE FUNCTION "Ops".stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE "Ops"."Jobs" (id int PRIMARY KEY, q int);
CREATE TRIGGER "Big" BEFORE INSERT OR UPDATE ON "Ops"."Jobs" FOR EACH ROW WHEN (NEW.q > "Ops"."Limit"()) EXECUTE FUNCTION "Ops".stamp();
COMMENT ON TRIGGER "Big" ON "Ops"."Jobs" IS 'large jobs';
ALTER TABLE "Ops"."Jobs" ENABLE REPLICA TRIGGER "Big";
