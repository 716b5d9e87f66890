-- COMMENT ON RULE set, changed and removed; a rule renamed by ALTER RULE … RENAME in the chain binds under its new name
CREATE TABLE t (id int);
CREATE RULE a AS ON INSERT TO t DO ALSO NOTIFY a;
CREATE RULE b AS ON UPDATE TO t DO ALSO NOTIFY b;
CREATE RULE c_old AS ON DELETE TO t DO ALSO NOTIFY c;
ALTER RULE c_old ON t RENAME TO c;
COMMENT ON RULE b ON t IS 'before';
COMMENT ON RULE c ON t IS 'goes';
