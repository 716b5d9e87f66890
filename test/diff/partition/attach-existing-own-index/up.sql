-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on app.events_login
DROP INDEX CONCURRENTLY app.events_login_own;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on app.events_login; scans the table; index build
-- hazard builds-index: builds index events_login_kind_at_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY events_login_kind_at_idx ON app.events_login (kind, at);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on app.events, ACCESS EXCLUSIVE on app.events_login; scans the table; scans the partition to check its bound
-- hazard scans-table: scans events_login to check its rows fit the partition bound
ALTER TABLE app.events ATTACH PARTITION app.events_login FOR VALUES IN ('login');

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on app.events_login; scans the table; index build
-- hazard builds-index: builds index events_login_own concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY events_login_own ON app.events_login (kind, at);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON INDEX app.events_login_own IS 'kept by the partition';
