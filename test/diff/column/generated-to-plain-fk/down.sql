SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Sales"."Orders"
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE "Sales"."Orders" DROP CONSTRAINT "Orders_parent_code_fkey";

-- lock: ACCESS EXCLUSIVE on "Sales".lines, ACCESS EXCLUSIVE on "Sales"."Orders"
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE "Sales".lines DROP CONSTRAINT lines_code_fkey;

-- lock: ACCESS EXCLUSIVE on "Sales"."Orders"
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE "Sales"."Orders" DROP CONSTRAINT "Orders_Code_key";

-- lock: ACCESS EXCLUSIVE on "Sales"."Orders"
-- hazard deletes-data: drops column Orders.Code and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE "Sales"."Orders" DROP COLUMN "Code";

-- lock: ACCESS EXCLUSIVE on "Sales"."Orders"; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE "Sales"."Orders" ADD COLUMN "Code" integer GENERATED ALWAYS AS ("Qty" * 10) STORED;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on "Sales"."Orders"; scans the table; index build
-- hazard builds-index: builds index Orders_Code_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY "Orders_Code_key" ON "Sales"."Orders" ("Code");

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Sales"."Orders", SHARE UPDATE EXCLUSIVE on "Sales"."Orders_Code_key"; uses existing index
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "Orders_Code_key" UNIQUE USING INDEX "Orders_Code_key";

-- lock: SHARE ROW EXCLUSIVE on "Sales"."Orders"
ALTER TABLE "Sales"."Orders" ADD CONSTRAINT "Orders_parent_code_fkey" FOREIGN KEY (parent_code) REFERENCES "Sales"."Orders" ("Code") NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on "Sales".lines, SHARE ROW EXCLUSIVE on "Sales"."Orders"
ALTER TABLE "Sales".lines ADD CONSTRAINT lines_code_fkey FOREIGN KEY (code) REFERENCES "Sales"."Orders" ("Code") ON DELETE CASCADE NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on "Sales"."Orders"; scans the table; validates existing rows
-- hazard scans-table: validates Orders_parent_code_fkey against every row of Orders
ALTER TABLE "Sales"."Orders" VALIDATE CONSTRAINT "Orders_parent_code_fkey";

-- lock: SHARE UPDATE EXCLUSIVE on "Sales".lines; scans the table; validates existing rows
-- hazard scans-table: validates lines_code_fkey against every row of lines
ALTER TABLE "Sales".lines VALIDATE CONSTRAINT lines_code_fkey;
