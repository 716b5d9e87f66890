-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on sales."Totals"
DROP INDEX CONCURRENTLY sales.totals_customer;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on sales."Totals"; scans the table; index build
-- hazard builds-index: builds index totals_customer concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY totals_customer ON sales."Totals" (customer) WITH (fillfactor = 80);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on sales."Totals"
ALTER MATERIALIZED VIEW sales."Totals" SET (autovacuum_enabled=false, fillfactor=70);
