-- a table a rule's action writes to is dropped (the rule goes first) or becomes a view (the rule is dropped and created again around it)
CREATE TABLE t (id int, v text);
CREATE TABLE old_log (id int);
CREATE TABLE feed (id int, v text);
CREATE RULE t_log AS ON INSERT TO t DO ALSO INSERT INTO old_log VALUES (new.id);
CREATE RULE t_feed AS ON UPDATE TO t DO ALSO SELECT id, v FROM feed WHERE feed.id = new.id;
