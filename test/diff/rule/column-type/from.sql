-- a column a rule reads changes type, in another table (through the action) and in the rule's own (through NEW): the rules are dropped first and created again after
CREATE TABLE t (id int, v varchar(10));
CREATE TABLE log (id int, v varchar(10));
CREATE RULE t_log AS ON INSERT TO t DO ALSO INSERT INTO log (id, v) VALUES (new.id, new.v);
COMMENT ON RULE t_log ON t IS 'kept';
