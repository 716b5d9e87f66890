-- same relation and event: CREATE OR REPLACE RULE (INSTEAD ↔ ALSO, new actions); another event: dropped and created again
CREATE TABLE t (id int, v text);
CREATE TABLE log (id int, v text);
CREATE RULE t_ins AS ON INSERT TO t DO ALSO INSERT INTO log VALUES (new.id, new.v);
CREATE RULE t_chg AS ON UPDATE TO t DO INSTEAD NOTHING;
