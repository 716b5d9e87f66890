-- options set to their default value are kept as PostgreSQL keeps them: WITH (security_barrier =
-- false) is stored as written, not as the absence of the option, and so are security_invoker =
-- false, a value spelled off / on, and storage parameters equal to their defaults on tables,
-- materialized views and indexes; the down migration RESETs what the up migration set
CREATE TABLE docs (id int PRIMARY KEY, owner text, public boolean);
CREATE VIEW a WITH (security_barrier = false, security_invoker = false) AS SELECT id FROM docs;
CREATE VIEW b WITH (security_barrier = false) AS SELECT id FROM docs;
CREATE VIEW c AS SELECT id FROM docs;
CREATE VIEW d WITH (security_barrier = off) AS SELECT id FROM docs WHERE public;
CREATE VIEW e AS SELECT id, public FROM docs WHERE public WITH LOCAL CHECK OPTION;
CREATE MATERIALIZED VIEW m WITH (autovacuum_enabled = true, fillfactor = 100) AS SELECT id FROM docs;
CREATE MATERIALIZED VIEW n AS SELECT id FROM docs;
CREATE TABLE t (id int);
CREATE TABLE u (id int) WITH (autovacuum_enabled = false, toast.autovacuum_enabled = true);
CREATE INDEX t_id ON t (id) WITH (fillfactor = 90);
CREATE INDEX u_id ON u (id);
CREATE VIEW f WITH (security_barrier = false) AS SELECT id FROM docs;
