CREATE TABLE t (
  a text,
  b text,
  c text COMPRESSION pglz,
  d numeric,
  e integer,
  g text,
  "Mixed Case" text
);
ALTER TABLE t ALTER COLUMN g SET STORAGE EXTERNAL;
ALTER TABLE t ALTER COLUMN b SET STORAGE MAIN;

-- a partitioned table: SET STORAGE without ONLY reaches the partitions, SET COMPRESSION does not
CREATE TABLE p (id integer, body text) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);

CREATE TABLE parent (id integer, body text COMPRESSION pglz);
ALTER TABLE parent ALTER COLUMN body SET STORAGE EXTERNAL;
