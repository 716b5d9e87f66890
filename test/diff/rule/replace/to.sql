-- same relation and event: CREATE OR REPLACE RULE (INSTEAD ↔ ALSO, new actions); another event: dropped and created again
CREATE TABLE t (id int, v text);
CREATE TABLE log (id int, v text);
CREATE RULE t_ins AS ON INSERT TO t DO INSTEAD INSERT INTO log (id) VALUES (new.id);
CREATE RULE t_chg AS ON DELETE TO t DO INSTEAD NOTHING;
