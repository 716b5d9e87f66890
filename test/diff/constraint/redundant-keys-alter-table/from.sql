-- equal keys are merged within one ADD COLUMN only; separate ADD CONSTRAINT subcommands and statements are not
CREATE TABLE add_column (x int);
CREATE TABLE add_column_named (x int);
CREATE TABLE two_subcommands (id int NOT NULL);
CREATE TABLE column_and_constraint (x int);
CREATE TABLE later (id int PRIMARY KEY);
