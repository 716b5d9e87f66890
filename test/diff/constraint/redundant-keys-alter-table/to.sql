-- equal keys are merged within one ADD COLUMN only; separate ADD CONSTRAINT subcommands and statements are not
CREATE TABLE add_column (x int);
ALTER TABLE add_column ADD COLUMN id int PRIMARY KEY UNIQUE;
CREATE TABLE add_column_named (x int);
ALTER TABLE add_column_named ADD COLUMN id int UNIQUE CONSTRAINT add_column_named_u UNIQUE;
CREATE TABLE two_subcommands (id int NOT NULL);
ALTER TABLE two_subcommands ADD PRIMARY KEY (id), ADD UNIQUE (id), ADD CONSTRAINT two_subcommands_u UNIQUE (id);
CREATE TABLE column_and_constraint (x int);
ALTER TABLE column_and_constraint ADD COLUMN id int UNIQUE, ADD UNIQUE (id);
CREATE TABLE later (id int PRIMARY KEY);
ALTER TABLE later ADD UNIQUE (id);
-- a new table with keys equal to its primary key (or to each other): they cannot be written inside its
-- CREATE TABLE, where PostgreSQL would merge them, and are added after it
CREATE TABLE fresh (id int PRIMARY KEY, r int4range, EXCLUDE USING gist (r WITH &&));
ALTER TABLE fresh ADD UNIQUE (id);
ALTER TABLE fresh ADD CONSTRAINT fresh_again UNIQUE (id), ADD CONSTRAINT fresh_r_again EXCLUDE USING gist (r WITH &&);
