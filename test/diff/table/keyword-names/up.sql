SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on "group"."where"
-- hazard breaks-readers: renames index group.where to having: code using the old name fails once this runs
ALTER INDEX "group"."where" RENAME TO "having";

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on "group"."order"
DROP INDEX CONCURRENTLY "group"."having";

SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER TYPE "group"."end" ADD VALUE 'c' AFTER 'b';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER SEQUENCE "group".order_select_seq AS bigint MINVALUE 1 MAXVALUE 9223372036854775807;

ALTER SEQUENCE "group"."table" INCREMENT BY 2;

-- lock: ACCESS EXCLUSIVE on "group"."order"; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing select from integer to bigint may rewrite order under ACCESS EXCLUSIVE
-- this rewrites "group"."order" under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE "group"."order" ADD COLUMN select_new bigint;  -- plus a trigger copying writes
--   2. backfill select_new from "select" in batches
--   3. in one short transaction: drop "select", rename select_new to "select"
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" ALTER COLUMN "select" TYPE bigint;

-- lock: ACCESS EXCLUSIVE on "group"."order"; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing Check from integer to bigint may rewrite order under ACCESS EXCLUSIVE
-- this rewrites "group"."order" under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE "group"."order" ADD COLUMN "Check_new" bigint;  -- plus a trigger copying writes
--   2. backfill "Check_new" from "Check" in batches
--   3. in one short transaction: drop "Check", rename "Check_new" to "Check"
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" ALTER COLUMN "Check" TYPE bigint;

-- lock: ACCESS EXCLUSIVE on "group"."order"
ALTER TABLE "group"."order" ALTER COLUMN "from" SET DEFAULT 'a';

-- lock: ACCESS EXCLUSIVE on "group"."order"
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE "group"."order" ADD COLUMN "limit" integer;

-- lock: ACCESS EXCLUSIVE on "group"."order"
-- the default applies to new rows only
-- backfill: UPDATE "group"."order" SET "limit" = the new default WHERE "limit" IS NULL; -- run in batches before the constraint is validated
ALTER TABLE "group"."order" ALTER COLUMN "limit" SET DEFAULT nextval('"group"."table"'::regclass);

-- lock: ACCESS EXCLUSIVE on "group"."order"
ALTER TABLE "group"."order" ADD CONSTRAINT "order_Check_check" CHECK ("Check" > 0) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on "group"."order"; scans the table; index build
-- hazard builds-index: builds index order_user_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY order_user_key ON "group"."order" ("user");

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "group"."order", SHARE UPDATE EXCLUSIVE on "group".order_user_key; uses existing index
ALTER TABLE "group"."order" ADD CONSTRAINT order_user_key UNIQUE USING INDEX order_user_key;

ALTER SEQUENCE "group"."table" OWNED BY "group"."order"."limit";

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on "group"."order"; scans the table; index build
-- hazard builds-index: builds index having concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY "having" ON "group"."order" ("user", "Check");

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "group"."order", SHARE on "group".order_user_key
ALTER TABLE "group"."order" REPLICA IDENTITY USING INDEX order_user_key;

COMMENT ON COLUMN "group"."order"."from" IS 'keyword column';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on "group"."order"; scans the table; validates existing rows
-- hazard scans-table: validates order_Check_check against every row of order
ALTER TABLE "group"."order" VALIDATE CONSTRAINT "order_Check_check";
