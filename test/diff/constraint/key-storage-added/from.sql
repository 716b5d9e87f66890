-- PRIMARY KEY / UNIQUE / EXCLUDE keep their index's storage parameters (WITH (…)), in CREATE TABLE
-- (column and table constraints) and in ADD CONSTRAINT, with INCLUDE and a predicate; the
-- concurrently built index of a new key carries them. USING INDEX TABLESPACE is not modelled (as
-- for plain indexes): accepted and left out.
CREATE TABLE t (id int NOT NULL, c int, r int4range);
