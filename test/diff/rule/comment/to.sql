-- COMMENT ON RULE set, changed and removed; a rule renamed by ALTER RULE … RENAME in the chain binds under its new name
CREATE TABLE t (id int);
CREATE RULE a AS ON INSERT TO t DO ALSO NOTIFY a;
CREATE RULE b AS ON UPDATE TO t DO ALSO NOTIFY b;
CREATE RULE c AS ON DELETE TO t DO ALSO NOTIFY c;
COMMENT ON RULE a ON t IS 'new';
COMMENT ON RULE b ON "t" IS 'after';
