SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on app.events, ACCESS EXCLUSIVE on app.events_login
-- hazard breaks-readers: rows of events_login disappear from events
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE app.events DETACH PARTITION app.events_login;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on app.events_login
DROP INDEX CONCURRENTLY app.events_login_kind_at_idx;
