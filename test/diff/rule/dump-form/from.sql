-- pg_dump's form of rules (`CREATE RULE r AS\n    ON INSERT TO public.t …` with qualified relations, parenthesised conditions, NEW / OLD and the target's columns qualified, an INSERT's column list filled, RETURNING * expanded, SELECT outputs named, ALTER TABLE … DISABLE RULE, COMMENT ON RULE) is equal to the schema as written: no change.
CREATE SCHEMA "Shop";
CREATE TABLE t (id int, status text, qty numeric);
CREATE TABLE log (id int, v text, n int DEFAULT 0);
CREATE TABLE "Shop"."Order Lines" ("Id" int, qty int);
CREATE TABLE "Shop".history ("Id" int);
CREATE VIEW vt AS SELECT id, status, qty FROM t;
CREATE RULE t_big AS ON INSERT TO t WHERE qty > 100 AND status IN ('open', 'held') DO ALSO INSERT INTO log VALUES (new.id, 'big');
CREATE RULE t_status AS ON UPDATE TO t WHERE old.status IS DISTINCT FROM new.status DO ALSO (
  INSERT INTO log (id, v) VALUES (new.id, lower(old.status) || ' -> ' || new.status);
  UPDATE log SET n = n + 1 WHERE id = new.id;
  DELETE FROM log USING t x WHERE x.id = log.id AND x.qty IS NULL
);
CREATE RULE t_notify AS ON INSERT TO t DO ALSO NOTIFY t_changed;
CREATE RULE t_keep AS ON DELETE TO t WHERE old.status = 'held' DO INSTEAD NOTHING;
CREATE RULE t_peek AS ON DELETE TO t DO ALSO SELECT 1;
CREATE RULE vt_ins AS ON INSERT TO vt DO INSTEAD INSERT INTO t VALUES (new.id, new.status, new.qty) RETURNING *;
CREATE RULE vt_del AS ON DELETE TO vt DO INSTEAD DELETE FROM t WHERE id = old.id;
SET search_path = "Shop";
CREATE RULE "Keep History" AS ON DELETE TO "Order Lines" WHERE old.qty > 0 DO ALSO INSERT INTO history VALUES (old."Id");
SET search_path = public;
ALTER TABLE t DISABLE RULE t_keep;
ALTER TABLE t ENABLE ALWAYS RULE t_peek;
COMMENT ON RULE t_status ON t IS 'audit';
