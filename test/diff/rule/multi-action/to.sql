-- several actions in one rule, in order: INSERT, UPDATE with a bare column of the target, DELETE … USING, NOTIFY
CREATE TABLE t (id int, v text);
CREATE TABLE log (id int, v text, n int DEFAULT 0);
CREATE RULE t_upd AS ON UPDATE TO t DO ALSO (
  INSERT INTO log VALUES (old.id, old.v);
  UPDATE log SET n = n + 1 WHERE id = new.id;
  DELETE FROM log USING t x WHERE x.id = log.id AND x.v IS NULL;
  NOTIFY t_changed
);
