-- PostgreSQL builds one index for equal PRIMARY KEY / UNIQUE / EXCLUDE constraints of one CREATE TABLE
-- (transformIndexConstraints): the primary key is kept, an unnamed kept one takes the name of a named
-- one dropped for it; different columns, column order, INCLUDE, NULLS NOT DISTINCT, deferrability,
-- predicate, opclass or collation make them different, storage parameters do not
CREATE TABLE kept (id int PRIMARY KEY UNIQUE);
CREATE TABLE pk_unique (id int UNIQUE PRIMARY KEY, v int);
CREATE TABLE pk_table_level (id int, v int, UNIQUE (id), PRIMARY KEY (id));
CREATE TABLE named_unique (id int PRIMARY KEY, CONSTRAINT named_unique_id UNIQUE (id));
CREATE TABLE named_pk (id int UNIQUE, CONSTRAINT named_pk_pk PRIMARY KEY (id), CONSTRAINT named_pk_u UNIQUE (id));
CREATE TABLE two_unique (id int UNIQUE UNIQUE, v int, CONSTRAINT two_unique_v_1 UNIQUE (v), CONSTRAINT two_unique_v_2 UNIQUE (v));
CREATE TABLE unnamed_first (id int UNIQUE, CONSTRAINT unnamed_first_u UNIQUE (id));
CREATE TABLE storage_ignored (id int PRIMARY KEY, UNIQUE (id) WITH (fillfactor = 70));
CREATE TABLE deferrable_both (id int PRIMARY KEY DEFERRABLE, UNIQUE (id) DEFERRABLE);
-- all different
CREATE TABLE different (
  id int PRIMARY KEY,
  v int,
  UNIQUE (id) DEFERRABLE,
  UNIQUE NULLS NOT DISTINCT (id),
  UNIQUE (id, v),
  UNIQUE (v, id),
  UNIQUE (id) INCLUDE (v)
);
CREATE TABLE excl (
  r int4range,
  t text,
  EXCLUDE USING gist (r WITH &&),
  CONSTRAINT excl_again EXCLUDE USING gist (r WITH &&),
  EXCLUDE USING gist (r WITH &&) WHERE (t IS NOT NULL),
  EXCLUDE USING btree (t WITH =),
  EXCLUDE USING btree (t COLLATE "C" WITH =),
  EXCLUDE USING btree (t text_pattern_ops WITH =),
  UNIQUE (t)
);
