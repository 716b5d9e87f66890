-- storage parameters as written and as pg_dump prints them ('50'), changed, reset, and on a new table
CREATE UNLOGGED TABLE rate_limits (id bigint NOT NULL, key character varying NOT NULL) WITH (fillfactor='50');
CREATE TABLE queue (id bigint PRIMARY KEY, payload text) WITH (fillfactor = 90, toast.autovacuum_enabled = false);
CREATE TABLE logs (id bigint, line text);
ALTER TABLE logs SET (autovacuum_vacuum_scale_factor = 0.01, parallel_workers = 2);
