-- a table a rule's action writes to is dropped (the rule goes first) or becomes a view (the rule is dropped and created again around it)
CREATE TABLE t (id int, v text);
CREATE TABLE feed_data (id int, v text);
CREATE VIEW feed AS SELECT id, v FROM feed_data;
CREATE RULE t_feed AS ON UPDATE TO t DO ALSO SELECT id, v FROM feed WHERE feed.id = new.id;
