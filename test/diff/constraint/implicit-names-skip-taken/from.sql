-- Unnamed keys take the name PostgreSQL would choose, skipping names any constraint of the schema already has (a CHECK, another table's, a domain's): tt9_c_key2 after a CHECK named tt9_c_key1 (before, pgshift chose tt9_c_key1 and failed with duplicate-object).
CREATE DOMAIN u1_a_key AS int CONSTRAINT u1_a_key CHECK (VALUE > 0);
CREATE TABLE tt9 (c int, CONSTRAINT tt9_c_key UNIQUE (c), CONSTRAINT tt9_c_key1 CHECK (c > 6));
CREATE TABLE p1 (a int CONSTRAINT p2_pkey CHECK (a > 0));
CREATE TABLE p2 (a int);
CREATE TABLE x1 (a int, CONSTRAINT x1_a_excl CHECK (a > 0));
CREATE TABLE u1 (a int);
CREATE TABLE f1 (a int PRIMARY KEY, b int, CONSTRAINT f1_b_fkey CHECK (b > 0));
