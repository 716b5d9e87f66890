-- WHERE conditions reading NEW and OLD (a bare column of an INSERT rule's condition is NEW's), a function call, IN lists
CREATE TABLE t (id int, status text, qty numeric);
CREATE TABLE audit (id int, what text);
CREATE RULE t_big AS ON INSERT TO t WHERE qty > 100 AND status IN ('open', 'held') DO ALSO INSERT INTO audit VALUES (new.id, 'big');
CREATE RULE t_status AS ON UPDATE TO t WHERE old.status IS DISTINCT FROM new.status DO ALSO INSERT INTO audit (id, what) VALUES (new.id, lower(old.status) || ' -> ' || new.status);
CREATE RULE t_keep AS ON DELETE TO t WHERE old.status = 'held' DO INSTEAD NOTHING;
