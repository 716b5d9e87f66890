CREATE TABLE t (
  a text,
  b text,
  c text,
  d numeric,
  e integer,
  g varchar(10),
  "Mixed Case" text COMPRESSION pglz
);
-- the type's default (EXTENDED for text, PLAIN for integer) is no change
ALTER TABLE t ALTER COLUMN a SET STORAGE EXTERNAL;
ALTER TABLE t ALTER COLUMN d SET STORAGE EXTENDED;
ALTER TABLE t ALTER COLUMN e SET STORAGE PLAIN;
ALTER TABLE t ALTER COLUMN b SET STORAGE EXTENDED;
-- a type change resets storage: it is set again after
ALTER TABLE t ALTER COLUMN g SET STORAGE EXTERNAL;
ALTER TABLE t ALTER COLUMN "Mixed Case" SET STORAGE MAIN;

CREATE TABLE p (id integer, body text) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
ALTER TABLE p ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE p ALTER COLUMN body SET COMPRESSION pglz;
-- created after: copies the parent's storage and compression
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);

CREATE TABLE parent (id integer, body text COMPRESSION pglz);
ALTER TABLE parent ALTER COLUMN body SET STORAGE EXTERNAL;
-- a new inheriting table copies the parent's at creation; here it goes back to the defaults
CREATE TABLE child (extra text) INHERITS (parent);
ALTER TABLE child ALTER COLUMN body SET STORAGE EXTENDED;
ALTER TABLE child ALTER COLUMN body SET COMPRESSION default;
-- and one that keeps them
CREATE TABLE child2 () INHERITS (parent);

-- a new table
CREATE TABLE n (x text COMPRESSION pglz, y bytea, z integer[]);
ALTER TABLE n ALTER COLUMN y SET STORAGE EXTERNAL;
ALTER TABLE n ALTER COLUMN z SET STORAGE MAIN;
