CREATE TABLE queue (id bigint PRIMARY KEY, payload text) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE logs (id bigint, line text);
