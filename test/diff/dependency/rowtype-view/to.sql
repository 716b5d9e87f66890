-- a view's row type as a domain's base type and a table's column type: created after the view
CREATE TABLE t (k integer);
CREATE VIEW v AS SELECT k FROM t;
CREATE DOMAIN dv AS v;
CREATE TABLE zv (q v);
