SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on "group"."having"
-- hazard breaks-readers: renames index group.having to where: code using the old name fails once this runs
ALTER INDEX "group"."having" RENAME TO "where";

ALTER SEQUENCE "group"."table" OWNED BY NONE;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on "group"."order"
DROP INDEX CONCURRENTLY "group"."where";

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "group"."order"
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" DROP CONSTRAINT "order_Check_check";

-- lock: ACCESS EXCLUSIVE on "group"."order"
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" DROP CONSTRAINT order_user_key;

-- lock: ACCESS EXCLUSIVE on "group"."order"
-- hazard deletes-data: drops column order.limit and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" DROP COLUMN "limit";

-- hazard may-fail: recreates type end without 'c': rows holding those values make it fail
-- hazard rewrites-table: converts 1 column(s) to the new type
ALTER TYPE "group"."end" RENAME TO end__pgshift_old;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
CREATE TYPE "group"."end" AS ENUM ('a', 'b');

-- lock: ACCESS EXCLUSIVE on "group"."order"
ALTER TABLE "group"."order" ALTER COLUMN "from" DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on "group"."order"; rewrites the table; USING expression rewrites the table
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" ALTER COLUMN "from" TYPE "group"."end" USING "from"::text::"group"."end";

DROP TYPE "group".end__pgshift_old;

ALTER SEQUENCE "group".order_select_seq AS integer MINVALUE 1 MAXVALUE 2147483647;

ALTER SEQUENCE "group"."table" INCREMENT BY 1;

-- lock: ACCESS EXCLUSIVE on "group"."order"; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing select from bigint to integer may rewrite order under ACCESS EXCLUSIVE
-- hazard may-fail: values of select outside the range of integer make the type change fail
-- this rewrites "group"."order" under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE "group"."order" ADD COLUMN select_new integer;  -- plus a trigger copying writes
--   2. backfill select_new from "select" in batches
--   3. in one short transaction: drop "select", rename select_new to "select"
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" ALTER COLUMN "select" TYPE integer;

-- lock: ACCESS EXCLUSIVE on "group"."order"; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing Check from bigint to integer may rewrite order under ACCESS EXCLUSIVE
-- hazard may-fail: values of Check outside the range of integer make the type change fail
-- this rewrites "group"."order" under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE "group"."order" ADD COLUMN "Check_new" integer;  -- plus a trigger copying writes
--   2. backfill "Check_new" from "Check" in batches
--   3. in one short transaction: drop "Check", rename "Check_new" to "Check"
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE "group"."order" ALTER COLUMN "Check" TYPE integer;

-- lock: ACCESS EXCLUSIVE on "group"."order"
ALTER TABLE "group"."order" ALTER COLUMN "from" DROP DEFAULT;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on "group"."order"; scans the table; index build
-- hazard builds-index: builds index where concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY "where" ON "group"."order" ("user");

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "group"."order"
ALTER TABLE "group"."order" REPLICA IDENTITY DEFAULT;

COMMENT ON COLUMN "group"."order"."from" IS NULL;
