-- a rule created (DO NOTHING, the third-party reproduction) and one dropped, on existing tables
CREATE TABLE t ();
CREATE TABLE u (id int);
CREATE RULE r AS ON INSERT TO t DO NOTHING;
