SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TRIGGER "Big" ON "Ops"."Jobs";

-- hazard breaks-readers: drops function Ops.Limit: callers fail until it exists again
DROP FUNCTION "Ops"."Limit"();

CREATE FUNCTION "Ops"."Limit"()
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT 10$$;

-- lock: SHARE ROW EXCLUSIVE on "Ops"."Jobs"
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER "Big" BEFORE INSERT OR UPDATE ON "Ops"."Jobs"
FOR EACH ROW
WHEN (new.q > "Ops"."Limit"())
EXECUTE FUNCTION "Ops".stamp();

-- lock: SHARE ROW EXCLUSIVE on "Ops"."Jobs"
ALTER TABLE "Ops"."Jobs" ENABLE REPLICA TRIGGER "Big";

COMMENT ON TRIGGER "Big" ON "Ops"."Jobs" IS 'large jobs';
