-- domains over a table's row type (PostgreSQL 11+) and over an array of it: the table first, the domains
-- after; down drops the domains before the table. A schema other than public and a mixed-case name too.
CREATE SCHEMA app;
CREATE TABLE app."Point" (x integer, y integer);
CREATE DOMAIN app.pt AS app."Point" CHECK ((VALUE).x IS NOT NULL);
CREATE TABLE x (a integer);
CREATE DOMAIN y AS x;
CREATE DOMAIN ya AS x[];
