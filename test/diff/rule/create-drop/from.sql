-- a rule created (DO NOTHING, the third-party reproduction) and one dropped, on existing tables
CREATE TABLE t ();
CREATE TABLE u (id int);
CREATE RULE u_no_delete AS ON DELETE TO u DO INSTEAD NOTHING;
